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
import dev.customers.core.internal.Access;
import dev.customers.core.internal.Transactions;
import jakarta.inject.Inject;

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
    Access.requireStaff(caller, StaffRole.ADMIN, "read the audit trail");
    return transactions.read(caller, (organization, session) -> {
      if (session.customers().find(organization.id(), customerId).isEmpty()) {
        throw new NotFoundException("customer", customerId);
      }
      return session.audit().forCustomer(organization.id(), customerId, page);
    });
  }
}
