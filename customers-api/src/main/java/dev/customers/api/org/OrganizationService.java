package dev.customers.api.org;

import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import java.time.ZoneId;

/** Creates and reads organizations; a host that serves one business creates one at setup. */
public interface OrganizationService {

  /** Creates an organization; a blank name is a validation error. */
  Organization create(String name, ZoneId timeZone);

  /** A page of organizations, oldest first. */
  Page<Organization> list(PageRequest page);

  /** Reads an organization, or fails with a not-found error. */
  Organization get(OrganizationId id);
}
