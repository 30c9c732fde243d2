package dev.customers.core.audit;

import static java.util.Objects.requireNonNull;

import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.NotFoundException;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.StaffRole;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.audit.AuditTrail;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.core.internal.FieldReads;
import dev.customers.core.internal.Transactions;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

final class DefaultAuditTrail implements AuditTrail {
  private final Transactions transactions;

  @Inject
  DefaultAuditTrail(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Page<AuditEntry> forCustomer(Caller caller, CustomerId customerId, PageRequest page) {
    requireNonNull(customerId, "customerId");
    requireNonNull(page, "page");
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          permissions.requireStaff(StaffRole.ADMIN, "read the audit trail");
          if (session.customers().find(organization.id(), customerId).isEmpty()) {
            throw new NotFoundException("customer", customerId);
          }
          // A change of a field the caller may not view is left out, so the trail does not leak its
          // values.
          // An adapter without a field store has no fields, so nothing to leave out.
          Set<String> hidden = new HashSet<>();
          List<FieldDefinition> fields =
              session.provides("fields")
                  ? session.fields().definitions(organization.id())
                  : List.of();
          for (FieldDefinition field : fields) {
            if (!permissions.canView(field, null)) {
              hidden.add(FieldReads.auditName(field));
            }
          }
          Page<AuditEntry> entries =
              session.audit().forCustomer(organization.id(), customerId, page);
          if (hidden.isEmpty()) {
            return entries;
          }
          return new Page<>(
              entries.items().stream()
                  .map(
                      e ->
                          new AuditEntry(
                              e.id(),
                              e.organizationId(),
                              e.customerId(),
                              e.action(),
                              e.actor(),
                              e.reason(),
                              e.at(),
                              e.changes().stream()
                                  .filter(c -> !hidden.contains(c.field()))
                                  .toList()))
                  .toList(),
              entries.nextCursor());
        });
  }
}
