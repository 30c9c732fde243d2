package dev.customers.api.spi;

import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.audit.AuditEntry;

/** Stores the audit trail; entries are only ever appended. */
public interface AuditStore {
  /**
   * Appends an entry to the customer's trail.
   *
   * @param entry the roster entry
   */
  void append(AuditEntry entry);

  /**
   * Appends many entries, as {@link #append} each in turn: the bulk path, which an adapter may
   * write in one go.
   *
   * @param entries the entries, in the order they were made
   */
  default void appendAll(java.util.List<AuditEntry> entries) {
    for (AuditEntry entry : entries) {
      append(entry);
    }
  }

  /**
   * A customer's entries in the order of their (time-ordered) ids.
   *
   * @param customerId the customer
   * @param organizationId the organization
   * @param page which page
   * @return a customer's entries in the order of their (time-ordered) ids
   */
  Page<AuditEntry> forCustomer(
      OrganizationId organizationId, CustomerId customerId, PageRequest page);
}
