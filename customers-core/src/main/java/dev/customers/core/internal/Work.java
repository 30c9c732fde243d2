package dev.customers.core.internal;

import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.event.DomainEvent;
import dev.customers.api.org.Organization;
import dev.customers.api.spi.IdSource;
import dev.customers.api.spi.OutboxMessage;
import dev.customers.api.spi.StoreSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One service call's transaction: the caller, their (verified) organization, the stores, the call's
 * single "now", and the place to record audit entries and events.
 */
public final class Work {
  private final Caller caller;
  private final Organization organization;
  private final StoreSession session;
  private final Permissions permissions;
  private final Instant now;
  private final IdSource ids;
  private final EventCodec codec;
  private final List<DomainEvent> published;

  Work(
      Caller caller,
      Organization organization,
      StoreSession session,
      Permissions permissions,
      Instant now,
      IdSource ids,
      EventCodec codec,
      List<DomainEvent> published) {
    this.caller = caller;
    this.organization = organization;
    this.session = session;
    this.permissions = permissions;
    this.now = now;
    this.ids = ids;
    this.codec = codec;
    this.published = published;
  }

  public Caller caller() {
    return caller;
  }

  public Organization organization() {
    return organization;
  }

  public StoreSession session() {
    return session;
  }

  /** What the caller may do, checked in this transaction. */
  public Permissions permissions() {
    return permissions;
  }

  public Instant now() {
    return now;
  }

  /** Today in the organization's time zone. */
  public LocalDate today() {
    return LocalDate.ofInstant(now, organization.timeZone());
  }

  public UUID newId() {
    return ids.next();
  }

  /** Writes the event to the outbox in this transaction; it is delivered after the commit. */
  public void publish(DomainEvent event) {
    session.outbox().append(codec.encode(event));
    published.add(event);
  }

  public void audit(CustomerId customerId, String action, List<FieldChange> changes) {
    audit(organization.id(), customerId, action, changes);
  }

  /** Writes many events at once (the bulk path); each is delivered after the commit. */
  public void publishAll(List<? extends DomainEvent> events) {
    List<OutboxMessage> messages = new java.util.ArrayList<>(events.size());
    for (DomainEvent event : events) {
      messages.add(codec.encode(event));
    }
    session.outbox().appendAll(messages);
    published.addAll(events);
  }

  /** The audit entry of a change to one of this organization's customers, not yet written. */
  public AuditEntry auditEntry(CustomerId customerId, String action, List<FieldChange> changes) {
    return new AuditEntry(
        newId(),
        organization.id(),
        customerId,
        action,
        caller.actor().describe(),
        caller.reason(),
        now,
        changes);
  }

  /** Writes many audit entries at once (the bulk path). */
  public void auditAll(List<AuditEntry> entries) {
    session.audit().appendAll(entries);
  }

  /**
   * An audit entry in another organization's trail: a change to a person that several rosters share
   * is recorded on each of them.
   */
  public void audit(
      OrganizationId organizationId,
      CustomerId customerId,
      String action,
      List<FieldChange> changes) {
    session
        .audit()
        .append(
            new AuditEntry(
                newId(),
                organizationId,
                customerId,
                action,
                caller.actor().describe(),
                caller.reason(),
                now,
                changes));
  }
}
