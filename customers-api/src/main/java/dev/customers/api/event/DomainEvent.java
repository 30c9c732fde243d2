package dev.customers.api.event;

import dev.customers.api.OrganizationId;
import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened, delivered after the change committed. Delivery is at least once: use
 * {@link #id()} to ignore a repeat.
 */
public sealed interface DomainEvent permits CustomerEvent {
  UUID id();

  OrganizationId organizationId();

  Instant occurredAt();

  /** {@link dev.customers.api.Actor#describe()} of whoever made the change. */
  String actor();
}
