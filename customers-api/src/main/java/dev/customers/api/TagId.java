package dev.customers.api;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies a tag within its organization. */
public record TagId(UUID value) implements Comparable<TagId> {
  /**
   * Checks the components.
   *
   * @param value the value
   */
  public TagId {
    requireNonNull(value, "value");
  }

  /**
   * The id with this value.
   *
   * @param value the value
   * @return the id with this value
   */
  public static TagId of(UUID value) {
    return new TagId(value);
  }

  /**
   * Parses the text form; a malformed id is a {@link ValidationException} naming {@code tagId}.
   *
   * @param text the text
   * @return the id
   */
  public static TagId parse(String text) {
    return new TagId(Ids.parse("tagId", requireNonNull(text, "text")));
  }

  /** Orders as the text form does, which is the order databases give UUIDs. */
  @Override
  public int compareTo(TagId other) {
    return value.toString().compareTo(other.value.toString());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
