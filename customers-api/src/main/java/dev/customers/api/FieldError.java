package dev.customers.api;

import static java.util.Objects.requireNonNull;

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

  /** How much of a bad value an error's message quotes. */
  public static final int QUOTED = 300;

  /**
   * The value as a message quotes it: whole when short, else its first {@value #QUOTED} characters
   * (never half a surrogate pair) and its length, so a 10 MB value is never copied into messages;
   * {@link #value()} keeps it as given.
   */
  private static String shortened(String value) {
    if (value.length() <= QUOTED) {
      return value;
    }
    int end = value.offsetByCodePoints(0, value.codePointCount(0, QUOTED));
    return value.substring(0, end) + "... (" + value.length() + " characters)";
  }

  @Override
  public String toString() {
    return field
        + " "
        + (value == null ? "(absent)" : "'" + shortened(value) + "'")
        + " "
        + problem;
  }
}
