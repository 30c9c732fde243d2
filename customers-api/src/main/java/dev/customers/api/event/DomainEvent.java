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

  /**
   * Calls the visitor's method for this kind of event. The SDK's own event codec is a visitor, so a
   * new kind of event does not compile until it can be written to the outbox.
   */
  <R> R accept(Visitor<R> visitor);

  /** One method per kind of event, grouped by the capability that raises them. */
  interface Visitor<R> extends CustomerEvent.Visitor<R> {}
}
