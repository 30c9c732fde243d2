package dev.customers.api;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies an organization (a tenant: a studio, a gym, a club). */
public record OrganizationId(UUID value) implements Comparable<OrganizationId> {
  /**
   * Checks the components.
   *
   * @param value the value
   */
  public OrganizationId {
    requireNonNull(value, "value");
  }

  /**
   * The id with this value.
   *
   * @param value the value
   * @return the id with this value
   */
  public static OrganizationId of(UUID value) {
    return new OrganizationId(value);
  }

  /**
   * Parses the text form; a malformed id is a {@link ValidationException} naming {@code
   * organizationId}.
   *
   * @param text the text
   * @return the id
   */
  public static OrganizationId parse(String text) {
    return new OrganizationId(Ids.parse("organizationId", requireNonNull(text, "text")));
  }

  /** Orders as the text form does, which is the order databases give UUIDs (unsigned bytes). */
  @Override
  public int compareTo(OrganizationId other) {
    return value.toString().compareTo(other.value.toString());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
