package dev.customers.core.internal;

import dev.customers.api.CustomerId;
import dev.customers.api.NotFoundException;
import dev.customers.api.OrganizationId;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.spi.StoreSession;

/** Finds what a call names, or fails with not-found naming it. */
public final class Lookups {
  private Lookups() {}

  public static RosterEntry customer(
      StoreSession session, OrganizationId organizationId, CustomerId id) {
    return session
        .customers()
        .find(organizationId, id)
        .orElseThrow(() -> new NotFoundException("customer", id));
  }
}
