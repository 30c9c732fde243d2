package dev.customers.api.event;

import static java.util.Objects.requireNonNull;

import dev.customers.api.CustomerId;
import dev.customers.api.NoteId;
import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import dev.customers.api.TagId;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.family.GuardianPermission;
import dev.customers.api.family.LinkChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An event about one customer on the roster. */
public sealed interface CustomerEvent extends DomainEvent {
  /**
   * The customer the event is about.
   *
   * @return the customer the event is about
   */
  CustomerId customerId();

  /** One method per kind of customer event; part of {@link DomainEvent.Visitor}. */
  interface Visitor<R> {
    /**
     * A {@link Created} event.
     *
     * @param event the event
     * @return a {@link Created} event
     */
    R created(Created event);

    /**
     * A {@link Updated} event.
     *
     * @param event the event
     * @return a {@link Updated} event
     */
    R updated(Updated event);

    /**
     * A {@link Archived} event.
     *
     * @param event the event
     * @return a {@link Archived} event
     */
    R archived(Archived event);

    /**
     * A {@link Unarchived} event.
     *
     * @param event the event
     * @return a {@link Unarchived} event
     */
    R unarchived(Unarchived event);

    /**
     * A {@link FieldsChanged} event.
     *
     * @param event the event
     * @return a {@link FieldsChanged} event
     */
    R fieldsChanged(FieldsChanged event);

    /**
     * A {@link TagChanged} event.
     *
     * @param event the event
     * @return a {@link TagChanged} event
     */
    R tagChanged(TagChanged event);

    /**
     * A {@link NoteAdded} event.
     *
     * @param event the event
     * @return a {@link NoteAdded} event
     */
    R noteAdded(NoteAdded event);

    /**
     * A {@link MetricRecorded} event.
     *
     * @param event the event
     * @return a {@link MetricRecorded} event
     */
    R metricRecorded(MetricRecorded event);

    /**
     * A {@link ConsentChanged} event.
     *
     * @param event the event
     * @return a {@link ConsentChanged} event
     */
    R consentChanged(ConsentChanged event);

    /**
     * A {@link GuardianLinkChanged} event.
     *
     * @param event the event
     * @return a {@link GuardianLinkChanged} event
     */
    R guardianLinkChanged(GuardianLinkChanged event);
  }

  /** A customer was added to the roster. */
  record Created(
      UUID id,
      OrganizationId organizationId,
      CustomerId customerId,
      PersonId personId,
      Instant occurredAt,
      String actor)
      implements CustomerEvent {
    /**
     * Checks the components.
     *
     * @param actor who acts
     * @param customerId the customer
     * @param id the id
     * @param occurredAt when the change committed
     * @param organizationId the organization
     * @param personId the person
     */
    public Created {
      requireNonNull(id, "id");
      requireNonNull(organizationId, "organizationId");
      requireNonNull(customerId, "customerId");
      requireNonNull(personId, "personId");
      requireNonNull(occurredAt, "occurredAt");
      requireNonNull(actor, "actor");
    }

    @Override
    public <R> R accept(DomainEvent.Visitor<R> visitor) {
      return visitor.created(this);
    }
  }

  /** A customer's profile changed; {@code fields} names what changed. */
  record Updated(
      UUID id,
      OrganizationId organizationId,
      CustomerId customerId,
      List<String> fields,
      Instant occurredAt,
      String actor)
      implements CustomerEvent {
    /**
     * Checks the components and keeps its own copies of the lists.
     *
     * @param actor who acts
     * @param customerId the customer
     * @param fields the fields
     * @param id the id
     * @param occurredAt when the change committed
     * @param organizationId the organization
     */
    public Updated {
      requireNonNull(id, "id");
      requireNonNull(organizationId, "organizationId");
      requireNonNull(customerId, "customerId");
      fields = List.copyOf(requireNonNull(fields, "fields"));
      requireNonNull(occurredAt, "occurredAt");
      requireNonNull(actor, "actor");
    }

    @Override
    public <R> R accept(DomainEvent.Visitor<R> visitor) {
      return visitor.updated(this);
    }
  }

  /** A customer was archived. */
  record Archived(
      UUID id,
      OrganizationId organizationId,
      CustomerId customerId,
      Instant occurredAt,
      String actor)
      implements CustomerEvent {
    /**
     * Checks the components.
     *
     * @param actor who acts
     * @param customerId the customer
     * @param id the id
     * @param occurredAt when the change committed
     * @param organizationId the organization
     */
    public Archived {
      requireNonNull(id, "id");
      requireNonNull(organizationId, "organizationId");
      requireNonNull(customerId, "customerId");
      requireNonNull(occurredAt, "occurredAt");
      requireNonNull(actor, "actor");
    }

    @Override
    public <R> R accept(DomainEvent.Visitor<R> visitor) {
      return visitor.archived(this);
    }
  }

  /** An archived customer was brought back onto the active roster. */
  record Unarchived(
      UUID id,
      OrganizationId organizationId,
      CustomerId customerId,
      Instant occurredAt,
      String actor)
      implements CustomerEvent {
    /**
     * Checks the components.
     *
     * @param actor who acts
     * @param customerId the customer
     * @param id the id
     * @param occurredAt when the change committed
     * @param organizationId the organization
     */
    public Unarchived {
      requireNonNull(id, "id");
      requireNonNull(organizationId, "organizationId");
      requireNonNull(customerId, "customerId");
      requireNonNull(occurredAt, "occurredAt");
      requireNonNull(actor, "actor");
    }

    @Override
    public <R> R accept(DomainEvent.Visitor<R> visitor) {
      return visitor.unarchived(this);
    }
  }

  /** Custom field values changed; {@code keys} names the fields, never their values. */
  record FieldsChanged(
      UUID id,
      OrganizationId organizationId,
      CustomerId customerId,
      List<String> keys,
      Instant occurredAt,
      String actor)
      implements CustomerEvent {
    /**
     * Checks the components and keeps its own copies of the lists.
     *
     * @param actor who acts
     * @param customerId the customer
     * @param id the id
     * @param keys the keys
     * @param occurredAt when the change committed
     * @param organizationId the organization
     */
    public FieldsChanged {
      requireNonNull(id, "id");
      requireNonNull(organizationId, "organizationId");
      requireNonNull(customerId, "customerId");
      keys = List.copyOf(requireNonNull(keys, "keys"));
      requireNonNull(occurredAt, "occurredAt");
      requireNonNull(actor, "actor");
    }

    @Override
    public <R> R accept(DomainEvent.Visitor<R> visitor) {
      return visitor.fieldsChanged(this);
    }
  }

  /** A tag was put on ({@code added}) or taken off the customer, or deleted while on them. */
  record TagChanged(
      UUID id,
      OrganizationId organizationId,
      CustomerId customerId,
      TagId tagId,
      boolean added,
      Instant occurredAt,
      String actor)
      implements CustomerEvent {
    /**
     * Checks the components.
     *
     * @param actor who acts
     * @param added true when added, false when removed
     * @param customerId the customer
     * @param id the id
     * @param occurredAt when the change committed
     * @param organizationId the organization
     * @param tagId the tag
     */
    public TagChanged {
      requireNonNull(id, "id");
      requireNonNull(organizationId, "organizationId");
      requireNonNull(customerId, "customerId");
      requireNonNull(tagId, "tagId");
      requireNonNull(occurredAt, "occurredAt");
      requireNonNull(actor, "actor");
    }

    @Override
    public <R> R accept(DomainEvent.Visitor<R> visitor) {
      return visitor.tagChanged(this);
    }
  }

  /** A note was added; {@code alert} says whether the desk should raise it. */
  record NoteAdded(
      UUID id,
      OrganizationId organizationId,
      CustomerId customerId,
      NoteId noteId,
      boolean alert,
      Instant occurredAt,
      String actor)
      implements CustomerEvent {
    /**
     * Checks the components.
     *
     * @param actor who acts
     * @param alert whether it is shown as an alert
     * @param customerId the customer
     * @param id the id
     * @param noteId the note
     * @param occurredAt when the change committed
     * @param organizationId the organization
     */
    public NoteAdded {
      requireNonNull(id, "id");
      requireNonNull(organizationId, "organizationId");
      requireNonNull(customerId, "customerId");
      requireNonNull(noteId, "noteId");
      requireNonNull(occurredAt, "occurredAt");
      requireNonNull(actor, "actor");
    }

    @Override
    public <R> R accept(DomainEvent.Visitor<R> visitor) {
      return visitor.noteAdded(this);
    }
  }

  /** A metric reading was recorded; {@code value} is the metric's value after it. */
  record MetricRecorded(
      UUID id,
      OrganizationId organizationId,
      CustomerId customerId,
      String metricKey,
      BigDecimal value,
      Instant occurredAt,
      String actor)
      implements CustomerEvent {
    /**
     * Checks the components.
     *
     * @param actor who acts
     * @param customerId the customer
     * @param id the id
     * @param metricKey the metric's key
     * @param occurredAt when the change committed
     * @param organizationId the organization
     * @param value the value
     */
    public MetricRecorded {
      requireNonNull(id, "id");
      requireNonNull(organizationId, "organizationId");
      requireNonNull(customerId, "customerId");
      requireNonNull(metricKey, "metricKey");
      requireNonNull(value, "value");
      requireNonNull(occurredAt, "occurredAt");
      requireNonNull(actor, "actor");
    }

    @Override
    public <R> R accept(DomainEvent.Visitor<R> visitor) {
      return visitor.metricRecorded(this);
    }
  }

  /** A consent decision was recorded: what a mailing-list sync listens for. */
  record ConsentChanged(
      UUID id,
      OrganizationId organizationId,
      CustomerId customerId,
      String purpose,
      ConsentStatus status,
      Instant occurredAt,
      String actor)
      implements CustomerEvent {
    /**
     * Checks the components.
     *
     * @param actor who acts
     * @param customerId the customer
     * @param id the id
     * @param occurredAt when the change committed
     * @param organizationId the organization
     * @param purpose the consent purpose's key
     * @param status the status
     */
    public ConsentChanged {
      requireNonNull(id, "id");
      requireNonNull(organizationId, "organizationId");
      requireNonNull(customerId, "customerId");
      requireNonNull(purpose, "purpose");
      requireNonNull(status, "status");
      requireNonNull(occurredAt, "occurredAt");
      requireNonNull(actor, "actor");
    }

    @Override
    public <R> R accept(DomainEvent.Visitor<R> visitor) {
      return visitor.consentChanged(this);
    }
  }

  /**
   * A guardian was linked to the customer (a dependant), the link changed, or it was removed;
   * {@code permissions} are the link's after the change (empty when unlinked).
   */
  record GuardianLinkChanged(
      UUID id,
      OrganizationId organizationId,
      CustomerId customerId,
      CustomerId guardianId,
      LinkChange change,
      Set<GuardianPermission> permissions,
      Instant occurredAt,
      String actor)
      implements CustomerEvent {
    /**
     * Checks the components.
     *
     * @param id the id
     * @param organizationId the organization
     * @param customerId the dependant's customer
     * @param guardianId the guardian's customer
     * @param change what happened to the link
     * @param permissions the link's permissions after the change
     * @param occurredAt when the change committed
     * @param actor who acts
     */
    public GuardianLinkChanged {
      requireNonNull(id, "id");
      requireNonNull(organizationId, "organizationId");
      requireNonNull(customerId, "customerId");
      requireNonNull(guardianId, "guardianId");
      requireNonNull(change, "change");
      permissions = Set.copyOf(requireNonNull(permissions, "permissions"));
      requireNonNull(occurredAt, "occurredAt");
      requireNonNull(actor, "actor");
    }

    @Override
    public <R> R accept(DomainEvent.Visitor<R> visitor) {
      return visitor.guardianLinkChanged(this);
    }
  }
}
