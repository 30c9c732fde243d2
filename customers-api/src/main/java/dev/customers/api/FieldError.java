package dev.customers.api;

import static java.util.Objects.requireNonNull;

import dev.customers.api.spi.StoredText;
import org.jspecify.annotations.Nullable;

/** One rejected input: the field, the value given, and what is wrong with it. */
public record FieldError(String field, @Nullable String value, String problem) {
  /**
   * Checks the components.
   *
   * @param field the field
   * @param problem what is wrong with the value
   * @param value the value
   */
  public FieldError {
    requireNonNull(field, "field");
    requireNonNull(problem, "problem");
  }

  @Override
  public String toString() {
    return field
        + " "
        + (value == null ? "(absent)" : "'" + StoredText.quote(value) + "'")
        + " "
        + problem;
  }
}
