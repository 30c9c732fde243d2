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
  // Null until a bulk writer asks to buffer: then audit entries and events are written together at
  // the end of the call, one statement for many instead of one each.
  private java.util.@org.jspecify.annotations.Nullable List<AuditEntry> auditBuffer;
  private java.util.@org.jspecify.annotations.Nullable List<OutboxMessage> outboxBuffer;

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
    List<OutboxMessage> buffer = outboxBuffer;
    if (buffer != null) {
      buffer.add(codec.encode(event));
    } else {
      session.outbox().append(codec.encode(event));
    }
    published.add(event);
  }

  /**
   * Holds this call's audit entries and events from now on and writes them in bulk when the call's
   * body returns (the import's path: many customers changed in one transaction).
   */
  public void bufferWrites() {
    if (auditBuffer == null) {
      auditBuffer = new java.util.ArrayList<>();
      outboxBuffer = new java.util.ArrayList<>();
    }
  }

  /** Writes what {@link #bufferWrites} held; called as the call's body returns. */
  void flush() {
    List<AuditEntry> entries = auditBuffer;
    List<OutboxMessage> messages = outboxBuffer;
    if (entries != null && !entries.isEmpty()) {
      session.audit().appendAll(List.copyOf(entries));
      entries.clear();
    }
    if (messages != null && !messages.isEmpty()) {
      session.outbox().appendAll(List.copyOf(messages));
      messages.clear();
    }
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
    List<OutboxMessage> buffer = outboxBuffer;
    if (buffer != null) {
      buffer.addAll(messages);
    } else {
      session.outbox().appendAll(messages);
    }
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
    List<AuditEntry> buffer = auditBuffer;
    if (buffer != null) {
      buffer.addAll(entries);
    } else {
      session.audit().appendAll(entries);
    }
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
    AuditEntry entry =
        new AuditEntry(
            newId(),
            organizationId,
            customerId,
            action,
            caller.actor().describe(),
            caller.reason(),
            now,
            changes);
    List<AuditEntry> buffer = auditBuffer;
    if (buffer != null) {
      buffer.add(entry);
    } else {
      session.audit().append(entry);
    }
  }
}
