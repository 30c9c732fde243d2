package dev.customers.api;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies a customer: one person on one organization's roster. */
public record CustomerId(UUID value) implements Comparable<CustomerId> {
  /**
   * Checks the components.
   *
   * @param value the value
   */
  public CustomerId {
    requireNonNull(value, "value");
  }

  /**
   * The id with this value.
   *
   * @param value the value
   * @return the id with this value
   */
  public static CustomerId of(UUID value) {
    return new CustomerId(value);
  }

  /**
   * Parses the text form; a malformed id is a {@link ValidationException} naming {@code
   * customerId}.
   *
   * @param text the text
   * @return the id
   */
  public static CustomerId parse(String text) {
    return new CustomerId(Ids.parse("customerId", requireNonNull(text, "text")));
  }

  /** Orders as the text form does, which is the order databases give UUIDs (unsigned bytes). */
  @Override
  public int compareTo(CustomerId other) {
    return value.toString().compareTo(other.value.toString());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
