package dev.customers.testkit;

import dev.customers.api.Caller;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.fields.FieldValue;
import dev.customers.api.roster.CustomerProfile;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What {@link HostileTextContract} feeds text into: the scene of {@link FailedWriteContract} and a
 * field of every text-like type.
 */
final class TextScene {
  final FailedWriteContract.Scene base;
  final TestCustomers t;
  final Caller owner;
  private int made;
  private dev.customers.api.forms.@Nullable Form signUp;

  TextScene(TestCustomers t) {
    this.t = t;
    base = new FailedWriteContract.Scene(t);
    owner = base.owner;
    for (FieldType type :
        List.of(FieldType.TEXTAREA, FieldType.EMAIL, FieldType.URL, FieldType.PHONE)) {
      String key = type.name().toLowerCase(Locale.ROOT);
      t.sdk().fields().define(owner, FieldSpec.of(key, key, type));
    }
    t.sdk()
        .fields()
        .define(
            owner,
            FieldSpec.of("styles", "Styles", FieldType.MULTIPLE_CHOICE)
                .withChoices(List.of("Yoga", "Pilates")));
  }

  /** A sign-up form that asks only the first name, so sign-ups differ only in the input. */
  dev.customers.api.forms.Form signUp() {
    if (signUp == null) {
      signUp =
          t.sdk()
              .forms()
              .publish(
                  owner,
                  dev.customers.api.forms.FormSpec.of(
                      "sign_up",
                      "Sign up",
                      dev.customers.api.forms.FormKind.SIGN_UP,
                      List.of(
                          dev.customers.api.forms.FormItem.required(
                              dev.customers.api.forms.PersonDetail.FIRST_NAME))));
    }
    return signUp;
  }

  String value(String key) {
    return t.sdk().fields().values(owner, base.ada.id()).stream()
        .filter(v -> v.key().equals(key))
        .findFirst()
        .map(FieldValue::values)
        .map(values -> String.join("|", values))
        .orElse("");
  }

  /** A key not used before in this scene, for definitions whose key is not the input. */
  String fresh(String prefix) {
    return prefix + "_" + ++made;
  }

  CustomerProfile ada() {
    return t.roster().profile(owner, base.ada.id());
  }
}
