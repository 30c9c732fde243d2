package dev.customers.api.fields;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A field's value on one customer, in canonical text: numbers without trailing zeros, dates as ISO
 * dates, booleans as {@code true}/{@code false}, choices in the definition's order. Only a
 * multiple-choice field has more than one value.
 */
public record FieldValue(FieldDefinition definition, List<String> values) {
  /**
   * Checks the components and keeps its own copies of the lists.
   *
   * @param definition the definition
   * @param values the values
   */
  public FieldValue {
    requireNonNull(definition, "definition");
    values = List.copyOf(requireNonNull(values, "values"));
    if (values.isEmpty()) {
      throw new IllegalArgumentException(
          "a field value has at least one value; an unset field has no FieldValue");
    }
  }

  /**
   * The key of the field the value belongs to.
   *
   * @return the key of the field the value belongs to
   */
  public String key() {
    return definition.key();
  }

  /**
   * The value as one line of text: multiple choices joined by {@code ", "}.
   *
   * @return the value as one line of text: multiple choices joined by {@code ", "}
   */
  public String text() {
    return String.join(", ", values);
  }

  /**
   * The value of a NUMBER or DECIMAL field.
   *
   * @return the value of a NUMBER or DECIMAL field
   */
  public BigDecimal decimal() {
    return new BigDecimal(values.get(0));
  }

  /**
   * The value of a DATE field.
   *
   * @return the value of a DATE field
   */
  public LocalDate date() {
    return LocalDate.parse(values.get(0));
  }

  /**
   * The value of a BOOLEAN field.
   *
   * @return the value of a BOOLEAN field
   */
  public boolean bool() {
    return Boolean.parseBoolean(values.get(0));
  }
}
