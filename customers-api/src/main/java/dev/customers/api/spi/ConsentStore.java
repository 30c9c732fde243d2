package dev.customers.api.spi;

import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.consent.ConsentPurpose;
import dev.customers.api.consent.ConsentRecord;
import java.util.List;

/** Stores consent purposes and decisions, scoped to one organization. */
public interface ConsentStore {

  /**
   * Adds an organization's purpose; a key already used is a DUPLICATE conflict.
   *
   * @param organizationId the organization
   * @param purpose the consent purpose's key
   */
  void insertPurpose(OrganizationId organizationId, ConsentPurpose purpose);

  /**
   * The organization's own purposes, by key.
   *
   * @param organizationId the organization
   * @return the organization's own purposes, by key
   */
  List<ConsentPurpose> purposes(OrganizationId organizationId);

  /**
   * Keeps the decision in the history and makes it the purpose's current state.
   *
   * @param record the record
   */
  void append(ConsentRecord record);

  /**
   * The latest decision per purpose.
   *
   * @param customerId the customer
   * @param organizationId the organization
   * @return the latest decision per purpose
   */
  List<ConsentRecord> current(OrganizationId organizationId, CustomerId customerId);

  /**
   * Every decision, newest first.
   *
   * @param customerId the customer
   * @param organizationId the organization
   * @return every decision, newest first
   */
  List<ConsentRecord> history(OrganizationId organizationId, CustomerId customerId);
}
