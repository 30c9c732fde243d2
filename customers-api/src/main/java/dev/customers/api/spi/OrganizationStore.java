package dev.customers.api.spi;

import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.org.Organization;
import java.util.Optional;

/** Stores organizations (tenants). */
public interface OrganizationStore {
  void insert(Organization organization);

  Optional<Organization> find(OrganizationId id);

  /** Organizations in id (creation) order; cursors as for every other page. */
  Page<Organization> list(PageRequest page);
}
