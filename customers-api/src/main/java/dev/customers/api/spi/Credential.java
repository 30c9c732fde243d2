package dev.customers.api.spi;

import static java.util.Objects.requireNonNull;

import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person's password on one organization's roster, as a PHC-format Argon2id hash, with the count
 * of wrong passwords in a row and, when locked, until when.
 */
public record Credential(
    OrganizationId organizationId,
    PersonId personId,
    String passwordHash,
    int failedLogins,
    @Nullable Instant lockedUntil,
    Instant updatedAt) {
  /**
   * Checks the components.
   *
   * @param organizationId the organization
   * @param personId the person
   * @param passwordHash the password's hash in PHC format
   * @param failedLogins wrong passwords in a row
   * @param lockedUntil until when no password is checked, or null
   * @param updatedAt when it last changed
   */
  public Credential {
    requireNonNull(organizationId, "organizationId");
    requireNonNull(personId, "personId");
    requireNonNull(passwordHash, "passwordHash");
    requireNonNull(updatedAt, "updatedAt");
  }

  /** The password is hidden, so a credential in a log gives nothing away. */
  @Override
  public String toString() {
    return "Credential[" + personId + ", failed " + failedLogins + ", locked " + lockedUntil + "]";
  }
}
