package dev.customers.api.spi;

import dev.customers.api.fields.FieldType;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one normalization search and name ordering use, so every adapter matches and sorts alike:
 * lower case, accents removed, runs of whitespace made one space, trimmed.
 */
public final class SearchText {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PHONE_LIKE = Pattern.compile("[0-9+()\\-. ]+");

  private SearchText() {}

  /**
   * Text as search compares it: trimmed, lower case, accents removed.
   *
   * @param text the text
   * @return the normalized text
   */
  public static String normalize(String text) {
    String ascii = asciiNormalized(text);
    if (ascii != null) {
      return ascii;
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String bare = MARKS.matcher(decomposed).replaceAll("");
    return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  /**
   * The same normalization for ASCII text, without the decomposition and the two regular
   * expressions: ASCII has nothing to decompose and no marks, and most names, emails and phones are
   * ASCII. Null for any other text. Loading a million customers normalizes some six million texts;
   * the general path made most of the garbage of a bulk load.
   */
  private static @Nullable String asciiNormalized(String text) {
    StringBuilder out = null;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      // What \s matches without the UNICODE_CHARACTER_CLASS flag.
      boolean white = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (out == null && (lower != c || (white && (c != ' ' || space)))) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null && !(white && space)) {
        out.append(white ? ' ' : lower);
      }
      space = white;
    }
    return (out == null ? text : out.toString()).trim();
  }

  /**
   * The digits of a phone number, which is how phones are matched.
   *
   * @param text the text
   * @return the digits of a phone number, which is how phones are matched
   */
  public static String digits(String text) {
    StringBuilder digits = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.toString();
  }

  /**
   * True when the query looks like (part of) a phone number: digits and phone punctuation only.
   *
   * @param text the text
   * @return true when the query looks like (part of) a phone number: digits and phone punctuation
   *     only
   */
  public static boolean isPhoneQuery(String text) {
    return PHONE_LIKE.matcher(text).matches() && !digits(text).isEmpty();
  }

  /** How much of a custom field's value search looks at. */
  public static final int MAX_FIELD_TEXT = 1000;

  /**
   * The normalized form of a custom field value that search matches against: the first {@link
   * #MAX_FIELD_TEXT} characters of text-like values; null for numbers, dates and booleans, which
   * search leaves to filters.
   *
   * @param type the type
   * @param value the value
   * @return the normalized form of a custom field value that search matches against: the first
   *     {@link #MAX_FIELD_TEXT} characters of text-like values; null for numbers, dates and
   *     booleans, which search leaves to filters
   */
  public static @Nullable String fieldText(FieldType type, String value) {
    if (type.isNumeric() || type == FieldType.DATE || type == FieldType.BOOLEAN) {
      return null;
    }
    String normalized = normalize(value);
    return StoredText.cap(normalized, MAX_FIELD_TEXT);
  }

  /**
   * The key names sort by: normalized last name, a space, normalized first name.
   *
   * @param firstName the first name
   * @param lastName the last name
   * @return the key names sort by: normalized last name, a space, normalized first name
   */
  public static String sortName(String firstName, String lastName) {
    return name(lastName) + " " + name(firstName);
  }

  /**
   * A first or last name as search compares it, cut to the width of a name.
   *
   * @param name the name
   * @return the name normalized and cut to {@link StoredText#PERSON_NAME}
   */
  public static String name(String name) {
    return StoredText.cap(normalize(name), StoredText.PERSON_NAME);
  }
}
