package dev.customers.api.consent;

import static java.util.Objects.requireNonNull;

import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import java.time.Instant;
import java.util.UUID;

/** One recorded consent decision: granted or revoked, when, from where, and who recorded it. */
public record ConsentRecord(
    UUID id,
    OrganizationId organizationId,
    CustomerId customerId,
    String purpose,
    ConsentStatus status,
    Instant at,
    String source,
    String recordedBy) {
  /**
   * Checks the components.
   *
   * @param at when it happened
   * @param customerId the customer
   * @param id the id
   * @param organizationId the organization
   * @param purpose the consent purpose's key
   * @param recordedBy who recorded it
   * @param source where it came from (a form, an import, the desk)
   * @param status the status
   */
  public ConsentRecord {
    requireNonNull(id, "id");
    requireNonNull(organizationId, "organizationId");
    requireNonNull(customerId, "customerId");
    requireNonNull(purpose, "purpose");
    requireNonNull(status, "status");
    requireNonNull(at, "at");
    requireNonNull(source, "source");
    requireNonNull(recordedBy, "recordedBy");
    if (status == ConsentStatus.UNKNOWN) {
      throw new IllegalArgumentException("a recorded consent is GRANTED or REVOKED");
    }
  }
}
