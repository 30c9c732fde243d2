package dev.customers.api;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies a note on a customer within its organization. */
public record NoteId(UUID value) implements Comparable<NoteId> {
  /**
   * Checks the components.
   *
   * @param value the value
   */
  public NoteId {
    requireNonNull(value, "value");
  }

  /**
   * The id with this value.
   *
   * @param value the value
   * @return the id with this value
   */
  public static NoteId of(UUID value) {
    return new NoteId(value);
  }

  /**
   * Parses the text form; a malformed id is a {@link ValidationException} naming {@code noteId}.
   *
   * @param text the text
   * @return the id
   */
  public static NoteId parse(String text) {
    return new NoteId(Ids.parse("noteId", requireNonNull(text, "text")));
  }

  /** Orders as the text form does, which is the order databases give UUIDs. */
  @Override
  public int compareTo(NoteId other) {
    return value.toString().compareTo(other.value.toString());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
