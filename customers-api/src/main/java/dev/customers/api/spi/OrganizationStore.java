package dev.customers.api.spi;

import dev.customers.api.OrganizationId;
import dev.customers.api.org.Organization;
import java.util.Optional;

/** Stores organizations (tenants). */
public interface OrganizationStore {
  void insert(Organization organization);

  Optional<Organization> find(OrganizationId id);
}
