package dev.customers.api.audit;

import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;

/** Reads the audit trail; owners, admins and the system may read it. */
public interface AuditTrail {

  /**
   * A customer's audit entries, oldest first.
   *
   * @param caller who is calling, and in which organization
   * @param customerId the customer
   * @param page which page
   * @return a customer's audit entries, oldest first
   */
  Page<AuditEntry> forCustomer(Caller caller, CustomerId customerId, PageRequest page);
}
