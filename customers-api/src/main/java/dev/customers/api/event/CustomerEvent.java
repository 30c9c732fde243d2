package dev.customers.api.event;

import static java.util.Objects.requireNonNull;

import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An event about one customer on the roster. */
public sealed interface CustomerEvent extends DomainEvent {
  CustomerId customerId();

  /** A customer was added to the roster. */
  record Created(UUID id, OrganizationId organizationId, CustomerId customerId, PersonId personId, Instant occurredAt, String actor)
      implements CustomerEvent {
    public Created {
      requireNonNull(id, "id");
      requireNonNull(organizationId, "organizationId");
      requireNonNull(customerId, "customerId");
      requireNonNull(personId, "personId");
      requireNonNull(occurredAt, "occurredAt");
      requireNonNull(actor, "actor");
    }
  }

  /** A customer's profile changed; {@code fields} names what changed. */
  record Updated(UUID id, OrganizationId organizationId, CustomerId customerId, List<String> fields, Instant occurredAt, String actor)
      implements CustomerEvent {
    public Updated {
      requireNonNull(id, "id");
      requireNonNull(organizationId, "organizationId");
      requireNonNull(customerId, "customerId");
      fields = List.copyOf(requireNonNull(fields, "fields"));
      requireNonNull(occurredAt, "occurredAt");
      requireNonNull(actor, "actor");
    }
  }

  /** A customer was archived. */
  record Archived(UUID id, OrganizationId organizationId, CustomerId customerId, Instant occurredAt, String actor)
      implements CustomerEvent {
    public Archived {
      requireNonNull(id, "id");
      requireNonNull(organizationId, "organizationId");
      requireNonNull(customerId, "customerId");
      requireNonNull(occurredAt, "occurredAt");
      requireNonNull(actor, "actor");
    }
  }

  /** An archived customer was brought back onto the active roster. */
  record Unarchived(UUID id, OrganizationId organizationId, CustomerId customerId, Instant occurredAt, String actor)
      implements CustomerEvent {
    public Unarchived {
      requireNonNull(id, "id");
      requireNonNull(organizationId, "organizationId");
      requireNonNull(customerId, "customerId");
      requireNonNull(occurredAt, "occurredAt");
      requireNonNull(actor, "actor");
    }
  }
}
