package dev.customers.api.org;

import static java.util.Objects.requireNonNull;

import dev.customers.api.OrganizationId;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A tenant: a studio, a gym, a club. Its time zone decides "today" for birthdays and join dates.
 */
public record Organization(OrganizationId id, String name, ZoneId timeZone, Instant createdAt) {
  /**
   * Checks the components.
   *
   * @param createdAt when it was created
   * @param id the id
   * @param name the name
   * @param timeZone the organization's time zone
   */
  public Organization {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(timeZone, "timeZone");
    requireNonNull(createdAt, "createdAt");
  }
}
