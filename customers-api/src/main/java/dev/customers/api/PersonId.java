package dev.customers.api;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies a person: a platform-wide account that may be on several organizations' rosters. */
public record PersonId(UUID value) implements Comparable<PersonId> {
  /**
   * Checks the components.
   *
   * @param value the value
   */
  public PersonId {
    requireNonNull(value, "value");
  }

  /**
   * The id with this value.
   *
   * @param value the value
   * @return the id with this value
   */
  public static PersonId of(UUID value) {
    return new PersonId(value);
  }

  /**
   * Parses the text form; a malformed id is a {@link ValidationException} naming {@code personId}.
   *
   * @param text the text
   * @return the id
   */
  public static PersonId parse(String text) {
    return new PersonId(Ids.parse("personId", requireNonNull(text, "text")));
  }

  /** Orders as the text form does, which is the order databases give UUIDs (unsigned bytes). */
  @Override
  public int compareTo(PersonId other) {
    return value.toString().compareTo(other.value.toString());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
