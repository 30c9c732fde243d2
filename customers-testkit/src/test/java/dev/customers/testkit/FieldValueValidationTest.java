package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.ValidationException;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.fields.FieldValue;
import dev.customers.api.fields.FieldValues;
import dev.customers.api.roster.CustomerProfile;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field type refuses what it cannot hold, naming the field and the value, and stores what it
 * can in canonical form.
 */
class FieldValueValidationTest {
  private static final List<String> CHOICES = List.of("Yoga", "Pilates", "Barre");

  private TestCustomers t;
  private CustomerProfile ada;

  @BeforeEach
  void setUp() {
    t = TestCustomers.inMemory();
    ada = t.roster().add(t.staff(), Fixtures.details("Ada", "Lovelace"));
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  private void define(FieldType type) {
    FieldSpec spec =
        FieldSpec.of("f_" + type.name().toLowerCase(java.util.Locale.ROOT), "A " + type, type);
    t.sdk().fields().define(t.admin(), type.hasChoices() ? spec.withChoices(CHOICES) : spec);
  }

  private static String key(FieldType type) {
    return "f_" + type.name().toLowerCase(java.util.Locale.ROOT);
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of(FieldType.TEXT, "x".repeat(256)),
        Arguments.of(FieldType.TEXT, "two\nlines"),
        Arguments.of(FieldType.TEXTAREA, "y".repeat(10_001)),
        Arguments.of(FieldType.NUMBER, "12.5"),
        Arguments.of(FieldType.NUMBER, "twelve"),
        Arguments.of(FieldType.NUMBER, "99999999999999999999"),
        Arguments.of(FieldType.DECIMAL, "1.2345678"),
        Arguments.of(FieldType.DECIMAL, "1e400"),
        Arguments.of(FieldType.DECIMAL, "abc"),
        Arguments.of(FieldType.DATE, "2026-02-30"),
        Arguments.of(FieldType.DATE, "02/03/2026"),
        Arguments.of(FieldType.BOOLEAN, "maybe"),
        Arguments.of(FieldType.SINGLE_CHOICE, "Zumba"),
        Arguments.of(FieldType.SINGLE_CHOICE, "yoga"),
        Arguments.of(FieldType.MULTIPLE_CHOICE, "Zumba"),
        Arguments.of(FieldType.EMAIL, "not-an-email"),
        Arguments.of(FieldType.PHONE, "call me"),
        Arguments.of(FieldType.PHONE, "123"),
        Arguments.of(FieldType.URL, "ftp://example.com/file"),
        Arguments.of(FieldType.URL, "example.com"));
  }

  static Stream<Arguments> goodValues() {
    return Stream.of(
        Arguments.of(FieldType.TEXT, "  Leeds  ", List.of("Leeds")),
        Arguments.of(FieldType.TEXTAREA, "line one\nline two", List.of("line one\nline two")),
        Arguments.of(FieldType.NUMBER, "0042", List.of("42")),
        Arguments.of(FieldType.NUMBER, "-7", List.of("-7")),
        Arguments.of(FieldType.DECIMAL, "38.50", List.of("38.5")),
        Arguments.of(FieldType.DECIMAL, "1E+3", List.of("1000")),
        Arguments.of(FieldType.DATE, "2024-02-29", List.of("2024-02-29")),
        Arguments.of(FieldType.BOOLEAN, "Yes", List.of("true")),
        Arguments.of(FieldType.BOOLEAN, "FALSE", List.of("false")),
        Arguments.of(FieldType.SINGLE_CHOICE, "Pilates", List.of("Pilates")),
        Arguments.of(FieldType.EMAIL, "ada@example.com", List.of("ada@example.com")),
        Arguments.of(FieldType.PHONE, "+44 (0)113 496 0000", List.of("+44 (0)113 496 0000")),
        Arguments.of(
            FieldType.URL, "https://example.com/ada?x=1", List.of("https://example.com/ada?x=1")));
  }

  @ParameterizedTest(name = "{0} keeps {1} as {2}")
  @MethodSource("goodValues")
  void aGoodValue_isStoredInCanonicalForm(FieldType type, String value, List<String> stored) {
    define(type);
    List<FieldValue> values =
        t.sdk().fields().setValues(t.staff(), ada.id(), FieldValues.of(key(type), value));
    assertThat(values)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.key()).isEqualTo(key(type));
              assertThat(v.values()).isEqualTo(stored);
            });
  }

  @ParameterizedTest(name = "{0} refuses {1}")
  @MethodSource("badValues")
  void aBadValue_isRefused_namingTheFieldAndTheValue_andTheStoredValueStays(
      FieldType type, String value) {
    define(type);
    t.sdk().fields().setValues(t.staff(), ada.id(), FieldValues.of(key(type), goodValueFor(type)));
    assertThatThrownBy(
            () -> t.sdk().fields().setValues(t.staff(), ada.id(), FieldValues.of(key(type), value)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .satisfies(
                        error -> {
                          assertThat(error.field()).isEqualTo("fields." + key(type));
                          assertThat(error.value()).isEqualTo(value);
                          assertThat(e.getMessage()).contains(key(type));
                        }));
    assertThat(t.sdk().fields().values(t.staff(), ada.id()))
        .singleElement()
        .satisfies(v -> assertThat(v.text()).isEqualTo(goodValueFor(type)));
  }

  private static String goodValueFor(FieldType type) {
    return switch (type) {
      case TEXT, TEXTAREA -> "kept";
      case NUMBER -> "1";
      case DECIMAL -> "1.5";
      case DATE -> "2020-01-01";
      case BOOLEAN -> "true";
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> "Yoga";
      case EMAIL -> "kept@example.com";
      case PHONE -> "0113 496 0000";
      case URL -> "https://example.com";
    };
  }
}
