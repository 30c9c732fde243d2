package dev.customers.core.internal;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.FieldError;
import dev.customers.api.ValidationException;
import dev.customers.api.spi.StoredText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The services' checks of texts against {@link StoredText}'s rule, each adding a field error on
 * failure; characters are checked on the value as given, before any trimming, so nothing is
 * silently dropped.
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
              "must be 1 to "
                  + StoredText.KEY
                  + " lower-case letters, digits or underscores, starting with a letter"));
    }
    return value;
  }

  /** Refuses a key that names something to look up before it is looked up, as {@link #key}. */
  public static void requireKey(String field, String value) {
    List<FieldError> errors = new ArrayList<>();
    key(field, value, errors);
    check(errors);
  }

  /** Trimmed text of {@code min} to {@code max} characters on one line. */
  public static String line(
      String field, @Nullable String value, int min, int max, List<FieldError> errors) {
    return text(field, value, min, max, false, errors);
  }

  /** Trimmed text of {@code min} to {@code max} characters, of several lines when {@code lines}. */
  public static String text(
      String field,
      @Nullable String value,
      int min,
      int max,
      boolean lines,
      List<FieldError> errors) {
    String trimmed = value == null ? "" : value.strip();
    if (value != null && !characters(field, value, lines, errors)) {
      return trimmed;
    }
    if (trimmed.length() < min) {
      errors.add(
          new FieldError(
              field,
              value,
              min == 1 ? "must not be blank" : "must be at least " + min + " characters"));
    } else if (trimmed.length() > max) {
      errors.add(new FieldError(field, value, "must be at most " + max + " characters"));
    }
    return trimmed;
  }

  /**
   * True when the value's characters can be stored; otherwise adds the error naming the first bad
   * one.
   */
  public static boolean characters(
      String field, String value, boolean lines, List<FieldError> errors) {
    String problem = StoredText.problem(value, lines);
    if (problem == null) {
      return true;
    }
    errors.add(new FieldError(field, value, problem));
    return false;
  }

  /**
   * Refuses a caller whose actor id or reason could not be stored in the audit trail, before the
   * call does anything.
   */
  public static void caller(Caller caller) {
    List<FieldError> errors = new ArrayList<>();
    String actorId = null;
    if (caller.actor() instanceof Actor.Staff staff) {
      actorId = staff.userId();
    } else if (caller.actor() instanceof Actor.SystemActor system) {
      actorId = system.component();
    }
    // Both are kept exactly as given (an actor id is the host's own), so the raw value counts.
    if (actorId != null) {
      exact("caller.actor", actorId, StoredText.ACTOR_ID, false, errors);
    }
    if (caller.reason() != null) {
      exact("caller.reason", caller.reason(), StoredText.REASON, true, errors);
    }
    check(errors);
  }

  private static void exact(
      String field, String value, int max, boolean lines, List<FieldError> errors) {
    if (characters(field, value, lines, errors) && value.length() > max) {
      errors.add(new FieldError(field, value, "must be at most " + max + " characters"));
    }
  }

  /** Throws a validation error when {@code errors} holds any. */
  public static void check(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }
}
