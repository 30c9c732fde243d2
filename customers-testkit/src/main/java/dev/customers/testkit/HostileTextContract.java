package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.customers.api.FieldError;
import dev.customers.api.NotFoundException;
import dev.customers.api.ValidationException;
import dev.customers.api.spi.Storage;
import dev.customers.api.spi.StoredText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile text, generated with jqwik, fed to every text input of every service: NUL and other
 * controls, lone surrogates, text that grows under normalization or case folding (ligatures, {@code
 * İ}, {@code ﷺ}), bidirectional controls, the longest value each rule allows and one more, and 10
 * MB. Each call either stores the value and reads back exactly what was given (trimmed where the
 * input is trimmed), or fails with a {@link ValidationException} naming the input in a message
 * under 500 characters, and then nothing is written and no event is delivered.
 */
public abstract class HostileTextContract {

  /** The adapter under test: fresh, empty storage for each input. */
  protected abstract StorageUnderTest storageUnderTest();

  private static void assertUnchanged(
      TextInput input,
      String shown,
      TestCustomers t,
      Storage storage,
      TextScene scene,
      StoredState before) {
    assertThat(t.events().events()).as("events after a refusal").isEmpty();
    StoredState after = StoredState.read(storage, scene.base);
    if (!after.equals(before)) {
      fail(
          input.name()
              + " refused '"
              + shown
              + "' but left a change behind:\n"
              + after.differenceFrom(before));
    }
  }

  /** One test per text input of every service. */
  @TestFactory
  Stream<DynamicTest> everyTextInput_storesHostileTextExactly_orRefusesItNamingTheInput() {
    List<TextInput> inputs = new ArrayList<>(RosterTextInputs.all());
    inputs.addAll(ProfileTextInputs.all());
    inputs.addAll(FormTextInputs.all());
    return inputs.stream()
        .map(
            input ->
                DynamicTest.dynamicTest(
                    input.name() + " " + input.field(), () -> feedHostileText(input)));
  }

  private void feedHostileText(TextInput input) {
    StorageUnderTest under = storageUnderTest();
    Storage storage = under.open();
    try (TestCustomers t =
        TestCustomers.with(binder -> binder.bind(Storage.class).toInstance(storage))) {
      TextScene scene = new TextScene(t);
      t.sdk().deliverPendingEvents();
      StoredState before = StoredState.read(storage, scene.base);
      List<String> cores = new ArrayList<>();
      cores.add(input.plain());
      cores.addAll(HostileText.values(input.limit()));
      for (String core : cores) {
        String value = input.shape().apply(core);
        String shown = StoredText.quote(value);
        t.events().clear();
        @Nullable Supplier<String> readBack;
        try {
          readBack = input.call().apply(scene, value);
        } catch (ValidationException e) {
          assertThat(core)
              .as("%s %s refused its plain value", input.name(), input.field())
              .isNotSameAs(input.plain());
          assertThat(e.errors())
              .as("%s %s refusing '%s'", input.name(), input.field(), shown)
              .extracting(FieldError::field)
              .contains(input.field());
          assertThat(String.valueOf(e.getMessage()).length()).as("message length").isLessThan(500);
          assertUnchanged(input, shown, t, storage, scene, before);
          continue;
        } catch (NotFoundException e) {
          if (!input.lookup()) {
            throw new AssertionError(input.name() + " failed on '" + shown + "' with " + e, e);
          }
          assertUnchanged(input, shown, t, storage, scene, before);
          continue;
        } catch (RuntimeException e) {
          throw new AssertionError(
              input.name() + " " + input.field() + " failed on '" + shown + "' with " + e, e);
        }
        if (readBack != null) {
          // A caller's actor id and reason are kept as given; every other text is trimmed.
          String expected = input.field().startsWith("caller.") ? value : value.strip();
          if (input.field().equals("colour")) {
            expected = expected.toUpperCase(Locale.ROOT);
          }
          String actual = readBack.get();
          if (!actual.equals(expected)) {
            fail(
                input.name()
                    + " "
                    + input.field()
                    + " stored '"
                    + shown
                    + "' and read back '"
                    + StoredText.quote(actual)
                    + "'");
          }
        }
        before = StoredState.read(storage, scene.base);
      }
    } finally {
      under.drop();
    }
  }
}
