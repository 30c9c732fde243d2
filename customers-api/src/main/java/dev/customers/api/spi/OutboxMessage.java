package dev.customers.api.spi;

import static java.util.Objects.requireNonNull;

import dev.customers.api.OrganizationId;
import java.time.Instant;
import java.util.UUID;

/** An event as the outbox keeps it: its id, type and a JSON payload that the core encodes. */
public record OutboxMessage(
    UUID id, OrganizationId organizationId, String type, Instant occurredAt, String payload) {
  /**
   * Checks the components.
   *
   * @param id the id
   * @param occurredAt when the change committed
   * @param organizationId the organization
   * @param payload the event as JSON
   * @param type the type
   */
  public OutboxMessage {
    requireNonNull(id, "id");
    requireNonNull(organizationId, "organizationId");
    requireNonNull(type, "type");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(payload, "payload");
  }
}
