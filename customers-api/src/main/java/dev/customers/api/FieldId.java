package dev.customers.api;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies a custom field definition within its organization. */
public record FieldId(UUID value) implements Comparable<FieldId> {
  /**
   * Checks the components.
   *
   * @param value the value
   */
  public FieldId {
    requireNonNull(value, "value");
  }

  /**
   * The id with this value.
   *
   * @param value the value
   * @return the id with this value
   */
  public static FieldId of(UUID value) {
    return new FieldId(value);
  }

  /**
   * Parses the text form; a malformed id is a {@link ValidationException} naming {@code fieldId}.
   *
   * @param text the text
   * @return the id
   */
  public static FieldId parse(String text) {
    return new FieldId(Ids.parse("fieldId", requireNonNull(text, "text")));
  }

  /** Orders as the text form does, which is the order databases give UUIDs. */
  @Override
  public int compareTo(FieldId other) {
    return value.toString().compareTo(other.value.toString());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
