package dev.customers.api.audit;

import static java.util.Objects.requireNonNull;

import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change to a customer: the action (such as {@code customer.updated}), who made it
 * ({@link dev.customers.api.Actor#describe()}), why if they said, when, and each field's before and
 * after.
 */
public record AuditEntry(
    UUID id,
    OrganizationId organizationId,
    CustomerId customerId,
    String action,
    String actor,
    @Nullable String reason,
    Instant at,
    List<FieldChange> changes) {

  public AuditEntry {
    requireNonNull(id, "id");
    requireNonNull(organizationId, "organizationId");
    requireNonNull(customerId, "customerId");
    requireNonNull(action, "action");
    requireNonNull(actor, "actor");
    requireNonNull(at, "at");
    changes = List.copyOf(requireNonNull(changes, "changes"));
  }
}
