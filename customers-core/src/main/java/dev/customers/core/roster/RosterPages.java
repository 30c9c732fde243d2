package dev.customers.core.roster;

import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.StaffRole;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.spi.StoreSession;
import dev.customers.core.internal.Permissions;
import java.time.Instant;

/**
 * One page of the roster as staff list it, with the caller's filter resolved by the roster's rules
 * (a field the caller may not view is refused), for the roster service and an export's pages.
 */
public final class RosterPages {
  private RosterPages() {}

  /**
   * Checks the caller is staff and reads one page.
   *
   * @param session the stores
   * @param organizationId the organization
   * @param permissions the caller's permissions
   * @param now the call's time (relative filters count from it)
   * @param query the page
   * @return the page
   */
  public static Page<RosterEntry> list(
      StoreSession session,
      OrganizationId organizationId,
      Permissions permissions,
      Instant now,
      CustomerQuery query) {
    permissions.requireStaff(StaffRole.STAFF, "list the roster");
    return session
        .customers()
        .list(
            organizationId,
            query,
            new FilterResolver(session, organizationId, permissions, now).resolve(query.filter()));
  }
}
