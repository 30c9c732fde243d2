package dev.customers.core.roster;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.FieldError;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.PersonId;
import dev.customers.api.ValidationException;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.roster.Customer;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerStatus;
import dev.customers.api.roster.Person;
import dev.customers.api.roster.RosterEntry;
import dev.customers.core.internal.Birthdays;
import dev.customers.core.internal.Work;
import java.time.LocalDate;
import java.util.List;

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

  /**
   * Validates many new customers' details and adds them with the bulk path of {@code addAll}: each
   * error names its row as {@code rows[i].field}, and nothing is written unless every row is good.
   *
   * @param work the transaction
   * @param rows the new customers' details
   * @return the new customers, in the rows' order
   */
  public static List<RosterEntry> addAll(Work work, List<CustomerDetails> rows) {
    return BulkAdd.write(work, rows);
  }

  /**
   * Whether good details differ from what the person has, as an update would see it.
   *
   * @param person the person
   * @param details details without problems
   * @param today today in the organization's time zone
   * @return true when an update with them would change something
   */
  public static boolean differs(Person person, CustomerDetails details, LocalDate today) {
    return !ValidDetails.of(person).changesTo(DetailsValidator.validate(details, today)).isEmpty();
  }

  /**
   * Every problem with the details, each naming its field, without writing anything.
   *
   * @param details the details
   * @param today today in the organization's time zone
   * @return the problems, empty when the details are good
   */
  public static List<FieldError> problems(CustomerDetails details, LocalDate today) {
    try {
      DetailsValidator.validate(details, today);
      return List.of();
    } catch (ValidationException e) {
      return e.errors();
    }
  }

  /**
   * Validates the details and changes the customer's person to them in the work's transaction, with
   * the audit entries and events on every roster the person is on; the caller's permission and the
   * customer's version are checked by whoever calls.
   *
   * @param work the transaction
   * @param entry the customer, as read in this transaction
   * @param details the new details
   * @return the customer's profile after the change
   */
  public static CustomerProfile update(Work work, RosterEntry entry, CustomerDetails details) {
    Customer customer = entry.customer();
    CustomerId id = customer.id();
    Person person = entry.person();
    ValidDetails before = ValidDetails.of(person);
    ValidDetails after = DetailsValidator.validate(details, work.today());
    List<FieldChange> changes = before.changesTo(after);
    if (changes.isEmpty()) {
      return DefaultRosterService.profile(customer, person, work.today());
    }
    // Every roster the person is on shows these details: when others share the person,
    // only the person changes them, and each roster's entry moves on with the change.
    List<Customer> elsewhere =
        work.session().customers().ofPerson(person.id()).stream()
            .filter(other -> !other.id().equals(id))
            .toList();
    if (!elsewhere.isEmpty() && !DefaultRosterService.isThePerson(work, person.id())) {
      throw new PermissionDeniedException(
          work.caller().actor().describe()
              + " may not change the details of customer "
              + id
              + ": the person is also on another organization's roster, so only they can"
              + " change what every roster shows (Actor.self)");
    }
    if (after.email() != null && !after.email().equals(before.email()) && !customer.isArchived()) {
      DefaultRosterService.requireEmailFree(work, after.email(), id);
    }
    Person updatedPerson =
        person.withDetails(
            after.firstName(),
            after.lastName(),
            after.email(),
            after.username(),
            after.phone(),
            after.birthday(),
            work.now());
    Customer updated = customer.touched(work.now());
    try {
      work.session().persons().update(updatedPerson, person.version());
      work.session().customers().update(updated, customer.version());
      for (Customer other : elsewhere) {
        work.session().customers().update(other.touched(work.now()), other.version());
      }
    } catch (ConflictException e) {
      if (e.reason() == ConflictException.Reason.DUPLICATE && after.email() != null) {
        throw DefaultRosterService.emailTaken(work, after.email(), e);
      }
      throw e;
    }
    List<String> changed = changes.stream().map(FieldChange::field).toList();
    work.audit(id, "customer.updated", changes);
    work.publish(
        new CustomerEvent.Updated(
            work.newId(),
            customer.organizationId(),
            id,
            changed,
            work.now(),
            DefaultRosterService.actor(work)));
    for (Customer other : elsewhere) {
      work.audit(other.organizationId(), other.id(), "customer.updated", changes);
      work.publish(
          new CustomerEvent.Updated(
              work.newId(),
              other.organizationId(),
              other.id(),
              changed,
              work.now(),
              DefaultRosterService.actor(work)));
    }
    return DefaultRosterService.profile(updated, updatedPerson, work.today());
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
