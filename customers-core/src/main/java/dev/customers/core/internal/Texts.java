package dev.customers.core.internal;

import dev.customers.api.FieldError;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks shared by the services for keys, names and short texts, each adding a field error on
 * failure.
 */
public final class Texts {
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  private Texts() {}

  /**
   * A key: lower-case letters, digits and underscores, starting with a letter, at most 64
   * characters.
   */
  public static String key(String field, String value, List<FieldError> errors) {
    if (!KEY.matcher(value).matches()) {
      errors.add(
          new FieldError(
              field,
              value,
              "must be 1 to 64 lower-case letters, digits or underscores, starting with a letter"));
    }
    return value;
  }

  /** Trimmed text of {@code min} to {@code max} characters on one line. */
  public static String line(
      String field, @Nullable String value, int min, int max, List<FieldError> errors) {
    String trimmed = value == null ? "" : value.strip();
    if (trimmed.length() < min) {
      errors.add(
          new FieldError(
              field,
              value,
              min == 1 ? "must not be blank" : "must be at least " + min + " characters"));
    } else if (trimmed.length() > max) {
      errors.add(new FieldError(field, value, "must be at most " + max + " characters"));
    } else if (trimmed.indexOf('\n') >= 0 || trimmed.indexOf('\r') >= 0) {
      errors.add(new FieldError(field, value, "must be one line"));
    }
    return trimmed;
  }

  /** Throws a validation error when {@code errors} holds any. */
  public static void check(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new dev.customers.api.ValidationException(errors);
    }
  }
}
