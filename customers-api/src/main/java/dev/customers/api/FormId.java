package dev.customers.api;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies one published version of a form within its organization. */
public record FormId(UUID value) implements Comparable<FormId> {
  /**
   * Checks the components.
   *
   * @param value the value
   */
  public FormId {
    requireNonNull(value, "value");
  }

  /**
   * The id with this value.
   *
   * @param value the value
   * @return the id with this value
   */
  public static FormId of(UUID value) {
    return new FormId(value);
  }

  /**
   * Parses the text form; a malformed id is a {@link ValidationException} naming {@code formId}.
   *
   * @param text the text
   * @return the id
   */
  public static FormId parse(String text) {
    return new FormId(Ids.parse("formId", requireNonNull(text, "text")));
  }

  /** Orders as the text form does, which is the order databases give UUIDs. */
  @Override
  public int compareTo(FormId other) {
    return value.toString().compareTo(other.value.toString());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
