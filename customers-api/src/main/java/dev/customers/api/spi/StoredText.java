package dev.customers.api.spi;

import org.jspecify.annotations.Nullable;

/**
 * What a text the SDK stores or searches may be, the same on every storage; the services refuse
 * anything else with a validation error before a store sees it, so an adapter can rely on it.
 *
 * <p><b>Characters.</b> Any Unicode text except control characters (NUL, the other C0 and C1
 * controls, DEL) and unpaired surrogates: PostgreSQL refuses NUL in every text column, and a lone
 * surrogate cannot be written in UTF-8, so PostgreSQL and MariaDB would read back something else.
 * Texts of several lines (notes, help texts, long field values) may also hold tab, line feed and
 * carriage return. Format characters (bidirectional marks, joiners) are kept as given.
 *
 * <p><b>Length</b> is counted in UTF-16 code units, {@link String#length()}: H2 counts those,
 * PostgreSQL and MariaDB count code points, which are never more, so a text within a limit fits
 * every column sized to it. The limits below are the widths of the columns that hold the values.
 *
 * <p><b>Derived values</b> (search keys, sort names, case-folded keys) never outgrow their columns:
 * case folding keeps the length ({@link #lowerCase}), and search forms, which may grow under
 * compatibility decomposition (one ligature becomes up to 18 characters), are cut to their column
 * with {@link #cap} on every adapter alike.
 */
public final class StoredText {
  /** An organization's name. */
  public static final int ORGANIZATION_NAME = 200;

  /** A first or a last name. */
  public static final int PERSON_NAME = 100;

  /** An email address (RFC 5321's limit). */
  public static final int EMAIL = 254;

  /** A username. */
  public static final int USERNAME = 64;

  /** A phone number as given, punctuation included. */
  public static final int PHONE = 40;

  /** A key of a custom field, a metric or a consent purpose. */
  public static final int KEY = 64;

  /** A label or a name: of a custom field, a metric, a consent purpose. */
  public static final int LABEL = 100;

  /** A custom field's help text. */
  public static final int HELP_TEXT = 500;

  /** One choice of a choice field. */
  public static final int CHOICE = 100;

  /** How many choices a choice field may have. */
  public static final int CHOICES = 200;

  /** A one-line text field's value (also an email field's). */
  public static final int FIELD_TEXT = 255;

  /** A multi-line text field's value. */
  public static final int FIELD_TEXTAREA = 10_000;

  /** A URL field's value. */
  public static final int FIELD_URL = 2048;

  /** A tag's name. */
  public static final int TAG_NAME = 50;

  /** A note's text. */
  public static final int NOTE = 20_000;

  /** A metric's unit. */
  public static final int UNIT = 20;

  /** Where a metric reading or a consent came from. */
  public static final int SOURCE = 50;

  /** A host's user id of a staff member, or the name of a system component acting. */
  public static final int ACTOR_ID = 200;

  /** The reason a caller gives for a change, kept in the audit trail. */
  public static final int REASON = 1000;

  /** The text of a roster search. */
  public static final int SEARCH = 200;

  /** A form version's definition as JSON text. */
  public static final int FORM_DEFINITION = 1_000_000;

  /** One customer's answers to a form as JSON text. */
  public static final int FORM_ANSWERS = 1_000_000;

  /** A form submission's id, given by its sender. */
  public static final int SUBMISSION_ID = 100;

  /** A form's title. */
  public static final int FORM_TITLE = 200;

  /** A form's block of text. */
  public static final int FORM_TEXT = 10_000;

  /** How much of a value an error message quotes. */
  public static final int QUOTED = 100;

  private StoredText() {}

  /**
   * Why {@code text} cannot be stored, or null when its characters can be: a control character or
   * an unpaired surrogate, named with its position.
   *
   * @param text the text
   * @param lines whether the text may hold several lines (tab, line feed, carriage return)
   * @return why {@code text} cannot be stored, or null when its characters can be
   */
  public static @Nullable String problem(String text, boolean lines) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return "has an unpaired surrogate " + escape(c) + " at position " + i;
      } else if (Character.getType(c) == Character.CONTROL
          && !(lines && (c == '\n' || c == '\r' || c == '\t'))) {
        return "has the control character " + escape(c) + " at position " + i;
      }
    }
    return null;
  }

  /**
   * The longest start of {@code text} of at most {@code max} code units that does not split a
   * surrogate pair: how a derived value is fitted to its column.
   *
   * @param text the text
   * @param max the column's width
   * @return the longest start of {@code text} of at most {@code max} code units that does not split
   *     a surrogate pair
   */
  public static String cap(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }

  /**
   * The text lower-cased code point by code point: unlike {@link String#toLowerCase}, which turns
   * one {@code İ} into two characters, this never changes the length, so a key is as long as its
   * value.
   *
   * @param text the text
   * @return the text lower-cased code point by code point
   */
  public static String lowerCase(String text) {
    // ASCII (most emails and tag names) lowers alike either way, without a code point stream.
    if (text.chars().allMatch(c -> c < 0x80)) {
      return text.toLowerCase(java.util.Locale.ROOT);
    }
    StringBuilder lower = new StringBuilder(text.length());
    text.codePoints().map(Character::toLowerCase).forEach(lower::appendCodePoint);
    return lower.toString();
  }

  /**
   * The text as an error message quotes it: at most {@link #QUOTED} code units, control characters
   * and unpaired surrogates written as {@code \}{@code uXXXX}, and the full length named when cut.
   *
   * @param text the text
   * @return the text as an error message quotes it
   */
  public static String quote(String text) {
    String start = cap(text, QUOTED);
    StringBuilder quoted = new StringBuilder(start.length() + 24);
    for (int i = 0; i < start.length(); i++) {
      char c = start.charAt(i);
      boolean paired =
          (Character.isHighSurrogate(c)
                  && i + 1 < start.length()
                  && Character.isLowSurrogate(start.charAt(i + 1)))
              || (Character.isLowSurrogate(c)
                  && i > 0
                  && Character.isHighSurrogate(start.charAt(i - 1)));
      boolean control = Character.getType(c) == Character.CONTROL;
      quoted.append(control || (Character.isSurrogate(c) && !paired) ? escape(c) : c);
    }
    if (start.length() < text.length()) {
      quoted.append("... (").append(text.length()).append(" characters)");
    }
    return quoted.toString();
  }

  private static String escape(char c) {
    return String.format(java.util.Locale.ROOT, "\\u%04X", (int) c);
  }
}
