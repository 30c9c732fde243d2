package dev.customers.api;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies one import job within its organization. */
public record ImportJobId(UUID value) implements Comparable<ImportJobId> {
  /**
   * Checks the components.
   *
   * @param value the value
   */
  public ImportJobId {
    requireNonNull(value, "value");
  }

  /**
   * The id with this value.
   *
   * @param value the value
   * @return the id with this value
   */
  public static ImportJobId of(UUID value) {
    return new ImportJobId(value);
  }

  /**
   * Parses the text form; a malformed id is a {@link ValidationException} naming {@code formId}.
   *
   * @param text the text
   * @return the id
   */
  public static ImportJobId parse(String text) {
    return new ImportJobId(Ids.parse("importJobId", requireNonNull(text, "text")));
  }

  /** Orders as the text form does, which is the order databases give UUIDs. */
  @Override
  public int compareTo(ImportJobId other) {
    return value.toString().compareTo(other.value.toString());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
