package dev.customers.core.forms;

import dev.customers.api.FieldError;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.forms.FormItem;
import dev.customers.api.forms.FormKind;
import dev.customers.api.forms.FormSpec;
import dev.customers.api.forms.PersonDetail;
import dev.customers.api.spi.StoredText;
import dev.customers.core.internal.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a form before it is published and names every problem with its item at once. */
final class FormChecks {
  /** The most items one list of a form holds. */
  static final int MAX_ITEMS = 100;

  private FormChecks() {}

  /**
   * The spec as it is stored (title and texts trimmed), or a validation error naming every bad
   * item.
   */
  static FormSpec check(FormSpec spec, Map<String, FieldDefinition> fields, Set<String> purposes) {
    List<FieldError> errors = new ArrayList<>();
    Texts.key("key", spec.key(), errors);
    String title = Texts.line("title", spec.title(), 1, StoredText.FORM_TITLE, errors);
    boolean family = spec.kind() == FormKind.FAMILY_SIGN_UP;
    List<FormItem> items = items("items", spec.items(), false, fields, purposes, errors);
    List<FormItem> dependantItems =
        items("dependantItems", spec.dependantItems(), true, fields, purposes, errors);
    if (spec.kind().addsCustomers()) {
      requireFirstName("items", spec.items(), errors);
    }
    if (family) {
      requireFirstName("dependantItems", spec.dependantItems(), errors);
    } else {
      if (!spec.dependantItems().isEmpty()) {
        errors.add(
            new FieldError(
                "dependantItems",
                Integer.toString(spec.dependantItems().size()),
                "only a family sign-up asks dependants; a " + spec.kind() + " form has none"));
      }
      if (!spec.guardianPermissions().isEmpty()) {
        errors.add(
            new FieldError(
                "guardianPermissions",
                spec.guardianPermissions().toString(),
                "only a family sign-up links guardians; a " + spec.kind() + " form grants none"));
      }
    }
    if (spec.items().stream().allMatch(FormItem.Text.class::isInstance)) {
      errors.add(new FieldError("items", null, "a form asks at least one question"));
    }
    Texts.check(errors);
    return new FormSpec(
        spec.key(), title, spec.kind(), items, dependantItems, spec.guardianPermissions());
  }

  private static List<FormItem> items(
      String list,
      List<FormItem> items,
      boolean dependant,
      Map<String, FieldDefinition> fields,
      Set<String> purposes,
      List<FieldError> errors) {
    if (items.size() > MAX_ITEMS) {
      errors.add(
          new FieldError(
              list,
              Integer.toString(items.size()),
              "a form lists at most " + MAX_ITEMS + " items"));
      return List.of();
    }
    List<FormItem> checked = new ArrayList<>();
    Set<String> asked = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String name = list + "[" + i + "]";
      FormItem item = items.get(i);
      String answer = FormAnswerNames.of(item);
      if (answer != null && !asked.add(answer)) {
        errors.add(new FieldError(name, answer, "asks for " + answer + " twice"));
      }
      if (item instanceof FormItem.Detail d) {
        if (dependant && d.detail() == PersonDetail.EMAIL) {
          errors.add(
              new FieldError(
                  name,
                  d.detail().jsonName(),
                  "a dependant is added as a guest account, which has no email: ask for it"
                      + " later and invite them to claim the account"));
        }
        checked.add(d);
      } else if (item instanceof FormItem.Field f) {
        FieldDefinition field = fields.get(f.key());
        if (field == null) {
          errors.add(new FieldError(name + ".key", f.key(), "no such field"));
        } else if (field.archived()) {
          errors.add(
              new FieldError(name + ".key", f.key(), "is archived; unarchive it to ask for it"));
        } else if (!field.access().customerEdit()) {
          errors.add(
              new FieldError(
                  name + ".key",
                  f.key(),
                  "customers may not edit this field, and forms are filled by customers: make"
                      + " it customer-editable, or set it on the profile instead"));
        }
        checked.add(f);
      } else if (item instanceof FormItem.Consent c) {
        if (!purposes.contains(c.purpose())) {
          errors.add(new FieldError(name + ".purpose", c.purpose(), "no such consent purpose"));
        }
        checked.add(c);
      } else if (item instanceof FormItem.Text t) {
        checked.add(
            new FormItem.Text(
                Texts.text(name + ".text", t.text(), 1, StoredText.FORM_TEXT, true, errors)));
      }
    }
    return checked;
  }

  private static void requireFirstName(String list, List<FormItem> items, List<FieldError> errors) {
    boolean asked =
        items.stream()
            .anyMatch(
                item ->
                    item instanceof FormItem.Detail d
                        && d.detail() == PersonDetail.FIRST_NAME
                        && d.required());
    if (!asked) {
      errors.add(
          new FieldError(
              list,
              null,
              "must ask for the first name, required: every customer a sign-up adds has one"));
    }
  }
}
