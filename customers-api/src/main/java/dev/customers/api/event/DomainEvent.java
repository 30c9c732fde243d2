package dev.customers.api.event;

import dev.customers.api.OrganizationId;
import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened, delivered after the change committed. Delivery is at least once: use
 * {@link #id()} to ignore a repeat.
 */
public sealed interface DomainEvent permits CustomerEvent {
  /**
   * The event's own id, the same on every delivery of it.
   *
   * @return the event's own id, the same on every delivery of it
   */
  UUID id();

  /**
   * The organization the event happened in.
   *
   * @return the organization the event happened in
   */
  OrganizationId organizationId();

  /**
   * When the change committed.
   *
   * @return the instant
   */
  Instant occurredAt();

  /**
   * {@link dev.customers.api.Actor#describe()} of whoever made the change.
   *
   * @return the string
   */
  String actor();

  /**
   * Calls the visitor's method for this kind of event. The SDK's own event codec is a visitor, so a
   * new kind of event does not compile until it can be written to the outbox.
   *
   * @param <R> the visitor's result type
   * @param visitor what to do for each kind
   * @return what the visitor returned
   */
  <R> R accept(Visitor<R> visitor);

  /** One method per kind of event, grouped by the capability that raises them. */
  interface Visitor<R> extends CustomerEvent.Visitor<R> {}
}
