package dev.customers.api.accounts;

import static java.util.Objects.requireNonNull;

import dev.customers.api.CustomerId;
import dev.customers.api.PersonId;

/** The account a claim gave its customer: the host signs them in as this person. */
public record ClaimedAccount(CustomerId customerId, PersonId personId) {
  /**
   * Checks the components.
   *
   * @param customerId the customer who claimed the account
   * @param personId their person, for {@link dev.customers.api.Actor#self}
   */
  public ClaimedAccount {
    requireNonNull(customerId, "customerId");
    requireNonNull(personId, "personId");
  }
}
