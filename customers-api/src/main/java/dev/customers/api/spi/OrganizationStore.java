package dev.customers.api.spi;

import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.org.Organization;
import java.util.Optional;

/** Stores organizations (tenants). */
public interface OrganizationStore {
  /**
   * Stores a new organization; one with the same id is a duplicate.
   *
   * @param organization the organization
   */
  void insert(Organization organization);

  /**
   * The organization with this id.
   *
   * @param id the id
   * @return the organization with this id
   */
  Optional<Organization> find(OrganizationId id);

  /**
   * Organizations in id (creation) order; cursors as for every other page.
   *
   * @param page which page
   * @return one page of them, with the cursor of the next
   */
  Page<Organization> list(PageRequest page);
}
