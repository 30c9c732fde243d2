package dev.customers.api.org;

import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import java.time.ZoneId;

/** Creates and reads organizations; a host that serves one business creates one at setup. */
public interface OrganizationService {

  /**
   * Creates an organization; a blank name is a validation error.
   *
   * @param name the name
   * @param timeZone the organization's time zone
   * @return the organization
   */
  Organization create(String name, ZoneId timeZone);

  /**
   * A page of organizations, oldest first.
   *
   * @param page which page
   * @return a page of organizations, oldest first
   */
  Page<Organization> list(PageRequest page);

  /**
   * Reads an organization, or fails with a not-found error.
   *
   * @param id the id
   * @return the organization
   */
  Organization get(OrganizationId id);
}
