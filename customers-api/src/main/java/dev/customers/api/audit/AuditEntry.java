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

  /**
   * Checks the components and keeps its own copies of the lists.
   *
   * @param action what happened, such as customer.updated
   * @param actor who acts
   * @param at when it happened
   * @param changes the fields changed, with before and after
   * @param customerId the customer
   * @param id the id
   * @param organizationId the organization
   * @param reason why, for the audit trail
   */
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
