package dev.customers.core.memory;

import dev.customers.api.roster.MatchTier;
import dev.customers.api.roster.Person;
import dev.customers.api.spi.SearchFields;
import org.jspecify.annotations.Nullable;

/**
 * A customer's {@link SearchFields} packed into one string, as the in-memory index keeps them: a
 * mark of the absent fields, then the sort name, first, last, full name, email, username and phone
 * digits, separated by {@link SearchFields#SEPARATOR}. Seven strings and a record cost some 400
 * bytes a customer; one string of the same text about 130. Normalized text never holds the
 * separator, so no match can cross from one field into the next. {@link #match} agrees with {@link
 * SearchFields#match} for every text (a property test holds it).
 */
final class SearchKey {
  private static final char SEP = '\n';
  private static final int NO_EMAIL = 1;
  private static final int NO_USERNAME = 2;
  private static final int NO_PHONE = 4;

  /** Fields after the sort name, in order; their grams are the customer's postings. */
  static final int FIELDS = 6;

  private SearchKey() {}

  static String of(Person person) {
    return of(SearchFields.of(person));
  }

  static String of(SearchFields fields) {
    int absent =
        (fields.email() == null ? NO_EMAIL : 0)
            | (fields.username() == null ? NO_USERNAME : 0)
            | (fields.phoneDigits() == null ? NO_PHONE : 0);
    StringBuilder key =
        new StringBuilder(
            8
                + 2 * fields.sortName().length()
                + fields.full().length()
                + length(fields.email())
                + length(fields.username())
                + length(fields.phoneDigits()));
    key.append((char) absent).append(fields.sortName());
    for (String field :
        new String[] {
          fields.first(),
          fields.last(),
          fields.full(),
          fields.email(),
          fields.username(),
          fields.phoneDigits()
        }) {
      key.append(SEP);
      if (field != null) {
        key.append(field);
      }
    }
    return key.toString();
  }

  private static int length(@Nullable String text) {
    return text == null ? 0 : text.length();
  }

  /**
   * Where each field starts: [0] the first name ... [5] the phone digits; [6] is one past the end,
   * so field {@code i} is {@code key.substring(starts[i], starts[i + 1] - 1)}.
   */
  static int[] starts(String key) {
    int[] starts = new int[FIELDS + 1];
    int at = key.indexOf(SEP);
    for (int i = 0; i < FIELDS; i++) {
      starts[i] = at + 1;
      at = i == FIELDS - 1 ? key.length() : key.indexOf(SEP, at + 1);
    }
    starts[FIELDS] = key.length() + 1;
    return starts;
  }

  /** The same answer as {@link SearchFields#match} on the fields this key was made from. */
  static @Nullable MatchTier match(String key, String text, @Nullable String digits) {
    int absent = key.charAt(0);
    int first = key.indexOf(SEP) + 1;
    int last = key.indexOf(SEP, first) + 1;
    int full = key.indexOf(SEP, last) + 1;
    int email = key.indexOf(SEP, full) + 1;
    int username = key.indexOf(SEP, email) + 1;
    int phone = key.indexOf(SEP, username) + 1;
    boolean hasEmail = (absent & NO_EMAIL) == 0;
    boolean hasUsername = (absent & NO_USERNAME) == 0;
    boolean phoneDigits = digits != null && (absent & NO_PHONE) == 0;
    if (hasEmail && username - 1 - email == text.length() && key.startsWith(text, email)) {
      return MatchTier.EXACT_EMAIL;
    }
    if (key.startsWith(text, first)
        || key.startsWith(text, last)
        || key.startsWith(text, full)
        || (hasEmail && key.startsWith(text, email))
        || (hasUsername && key.startsWith(text, username))
        || (phoneDigits && key.startsWith(digits, phone))) {
      return MatchTier.PREFIX;
    }
    // The text holds no separator, so its first occurrence from the first name on is inside one
    // field; before the phone's digits it is a field that text is matched against.
    int found = key.indexOf(text, first);
    if (found >= 0 && found + text.length() < phone) {
      return MatchTier.SUBSTRING;
    }
    if (phoneDigits && key.indexOf(digits, phone) >= 0) {
      return MatchTier.SUBSTRING;
    }
    return null;
  }

  /** The sort name (normalized last name, a space, normalized first name). */
  static String sortName(String key) {
    return key.substring(1, key.indexOf(SEP));
  }

  /** Orders two keys by sort name as {@link String#compareTo} orders the sort names. */
  static int compareSortNames(String a, String b) {
    int aLength = a.indexOf(SEP) - 1;
    int bLength = b.indexOf(SEP) - 1;
    int common = Math.min(aLength, bLength);
    for (int i = 1; i <= common; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return x - y;
      }
    }
    return aLength - bLength;
  }

  /** Orders a key's sort name against a sort name as {@link String#compareTo} would. */
  static int compareSortName(String key, String sortName) {
    int keyLength = key.indexOf(SEP) - 1;
    int common = Math.min(keyLength, sortName.length());
    for (int i = 0; i < common; i++) {
      char x = key.charAt(i + 1);
      char y = sortName.charAt(i);
      if (x != y) {
        return x - y;
      }
    }
    return keyLength - sortName.length();
  }
}
