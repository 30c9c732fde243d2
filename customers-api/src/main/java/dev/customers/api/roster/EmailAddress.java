package dev.customers.api.roster;

import static java.util.Objects.requireNonNull;

import dev.customers.api.spi.StoredText;
import java.util.regex.Pattern;

/** An email address as the customer gave it; compared case-insensitively through {@link #key()}. */
public record EmailAddress(String value) {
  private static final Pattern SHAPE = Pattern.compile("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$");

  /**
   * Checks the components.
   *
   * @param value the value
   */
  public EmailAddress {
    requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new IllegalArgumentException("not an email address: " + value);
    }
  }

  /**
   * The address, trimmed; a malformed one is a validation error.
   *
   * @param value the value
   * @return the address, trimmed; a malformed one is a validation error
   */
  public static EmailAddress of(String value) {
    return new EmailAddress(value);
  }

  /**
   * True for text shaped like {@code local@domain.tld}, at most 254 characters.
   *
   * @param text the text
   * @return true for text shaped like {@code local@domain.tld}, at most 254 characters
   */
  public static boolean isValid(String text) {
    return text.length() <= StoredText.EMAIL
        && StoredText.problem(text, false) == null
        && SHAPE.matcher(text).matches();
  }

  /**
   * The lower-cased form used for uniqueness and exact-match search, as long as the address.
   *
   * @return the lower-cased form used for uniqueness and exact-match search
   */
  public String key() {
    return StoredText.lowerCase(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
