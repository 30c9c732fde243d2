package dev.customers.core.internal;

import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.consent.ConsentPurpose;
import dev.customers.api.consent.ConsentRecord;
import dev.customers.api.consent.ConsentState;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.spi.StoreSession;
import java.util.ArrayList;
import java.util.List;

/** Reading purposes and current consent; shared by the consent and profile services. */
public final class ConsentReads {
  private ConsentReads() {}

  /** The built-in purposes, then the organization's own. */
  public static List<ConsentPurpose> purposes(StoreSession session, OrganizationId organizationId) {
    List<ConsentPurpose> all =
        new ArrayList<>(List.of(ConsentPurpose.MARKETING_EMAIL, ConsentPurpose.MARKETING_SMS));
    all.addAll(session.consent().purposes(organizationId));
    return all;
  }

  /** Every purpose's current state; two statements. */
  public static List<ConsentState> states(
      StoreSession session, OrganizationId organizationId, CustomerId customerId) {
    List<ConsentRecord> current = session.consent().current(organizationId, customerId);
    List<ConsentState> states = new ArrayList<>();
    for (ConsentPurpose purpose : purposes(session, organizationId)) {
      ConsentRecord record =
          current.stream().filter(r -> r.purpose().equals(purpose.key())).findFirst().orElse(null);
      states.add(
          new ConsentState(
              purpose, record == null ? ConsentStatus.UNKNOWN : record.status(), record));
    }
    return states;
  }
}
