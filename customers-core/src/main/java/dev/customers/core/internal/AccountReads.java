package dev.customers.core.internal;

import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import dev.customers.api.accounts.ClaimStatus;
import dev.customers.api.spi.StoreSession;
import java.time.Instant;

/** A customer's claim status, for the account service, the profile and roster filters. */
public final class AccountReads {
  private AccountReads() {}

  /**
   * Claimed when the person has a credential; invited or expired by their pending invite; not
   * invited otherwise (an adapter without an account store has no accounts).
   */
  public static ClaimStatus status(
      StoreSession session, OrganizationId organizationId, PersonId personId, Instant now) {
    if (!session.provides("accounts")) {
      return ClaimStatus.NOT_INVITED;
    }
    return session.accounts().claimStatus(organizationId, personId, now);
  }
}
