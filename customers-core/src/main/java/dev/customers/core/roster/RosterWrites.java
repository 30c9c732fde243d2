package dev.customers.core.roster;

import dev.customers.api.CustomerId;
import dev.customers.api.PersonId;
import dev.customers.api.roster.Customer;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerStatus;
import dev.customers.api.roster.Person;
import dev.customers.core.internal.Birthdays;
import dev.customers.core.internal.Work;

/**
 * Adds a customer by the roster's own rules (validation, a free email, the audit entry and the
 * event) inside another capability's transaction, such as a guest account made with its guardian
 * link. The caller's permission is checked by whoever calls.
 */
public final class RosterWrites {
  private RosterWrites() {}

  /**
   * Validates the details and adds a new person and customer in the work's transaction.
   *
   * @param work the transaction
   * @param details the new customer's details
   * @return the new customer's profile
   */
  public static CustomerProfile add(Work work, CustomerDetails details) {
    ValidDetails valid = DetailsValidator.validate(details, work.today());
    DefaultRosterService.requireEmailFree(work, valid.email(), null);
    Person person = valid.newPerson(PersonId.of(work.newId()), work.now());
    work.session().persons().insert(person);
    Customer customer = newCustomer(work, person.id());
    work.session().customers().insert(customer);
    BulkAdd.recordCreated(work, customer, valid, work.caller().actor().describe());
    return new CustomerProfile(
        customer, person, Birthdays.isToday(person.birthday(), work.today()));
  }

  static Customer newCustomer(Work work, PersonId personId) {
    return new Customer(
        CustomerId.of(work.newId()),
        work.organization().id(),
        personId,
        CustomerStatus.ACTIVE,
        work.today(),
        work.now(),
        work.now(),
        null,
        1);
  }
}
