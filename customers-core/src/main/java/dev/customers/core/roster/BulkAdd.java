package dev.customers.core.roster;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.FieldError;
import dev.customers.api.PersonId;
import dev.customers.api.StaffRole;
import dev.customers.api.ValidationException;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.roster.Customer;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerStatus;
import dev.customers.api.roster.Person;
import dev.customers.api.roster.RosterEntry;
import dev.customers.core.internal.Work;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Many new customers in one transaction: every row checked before anything is written (each error
 * naming its row as {@code rows[i].field}), then persons and customers written through the stores'
 * bulk paths, with the audit entry and event each customer would have had from {@code add}.
 */
final class BulkAdd {
  /** The most rows one call takes: a larger roster is loaded in several calls. */
  static final int MAX_ROWS = 1_000_000;

  /** Errors reported at most; the rest are counted in the last one. */
  private static final int MAX_ERRORS = 100;

  private BulkAdd() {}

  static List<CustomerId> run(Work work, List<CustomerDetails> rows) {
    work.permissions().requireStaff(StaffRole.STAFF, "add customers");
    return write(work, rows).stream().map(RosterEntry::id).toList();
  }

  /** Checks and adds the rows; the caller's permission is checked by whoever calls. */
  static List<RosterEntry> write(Work work, List<CustomerDetails> rows) {
    if (rows.size() > MAX_ROWS) {
      throw ValidationException.of(
          "rows",
          String.valueOf(rows.size()),
          "are more than the " + MAX_ROWS + " one call adds; add them in several calls");
    }
    List<ValidDetails> valid = validate(work, rows);
    // One date object for every row: a million copies of today are 24 MB.
    java.time.LocalDate today = work.today();
    List<Person> persons = new ArrayList<>(valid.size());
    List<Customer> customers = new ArrayList<>(valid.size());
    for (ValidDetails details : valid) {
      Person person = details.newPerson(PersonId.of(work.newId()), work.now());
      persons.add(person);
      customers.add(
          new Customer(
              CustomerId.of(work.newId()),
              work.organization().id(),
              person.id(),
              CustomerStatus.ACTIVE,
              today,
              work.now(),
              work.now(),
              null,
              1));
    }
    work.session().persons().insertAll(persons);
    work.session().customers().insertAll(customers);
    String actor = work.caller().actor().describe();
    // The same entries and events as add's, written in one go each.
    List<AuditEntry> entries = new ArrayList<>(customers.size());
    List<CustomerEvent.Created> events = new ArrayList<>(customers.size());
    for (int i = 0; i < customers.size(); i++) {
      entries.add(work.auditEntry(customers.get(i).id(), CREATED, createdChanges(valid.get(i))));
      events.add(created(work, customers.get(i), actor));
    }
    work.auditAll(entries);
    work.publishAll(events);
    List<RosterEntry> added = new ArrayList<>(customers.size());
    for (int i = 0; i < customers.size(); i++) {
      added.add(new RosterEntry(customers.get(i), persons.get(i)));
    }
    return added;
  }

  private static final String CREATED = "customer.created";

  /** The audit entry and event of a new customer, the same from {@code add} and {@code addAll}. */
  static void recordCreated(Work work, Customer customer, ValidDetails details, String actor) {
    work.audit(customer.id(), CREATED, createdChanges(details));
    work.publish(created(work, customer, actor));
  }

  private static List<FieldChange> createdChanges(ValidDetails details) {
    List<FieldChange> changes = new ArrayList<>();
    changes.add(new FieldChange("status", null, CustomerStatus.ACTIVE.name()));
    changes.addAll(details.asCreated());
    return changes;
  }

  private static CustomerEvent.Created created(Work work, Customer customer, String actor) {
    return new CustomerEvent.Created(
        work.newId(),
        customer.organizationId(),
        customer.id(),
        customer.personId(),
        work.now(),
        actor);
  }

  /** Every row checked, and no email twice in the rows or held by an active customer. */
  private static List<ValidDetails> validate(Work work, List<CustomerDetails> rows) {
    List<FieldError> errors = new ArrayList<>();
    List<ValidDetails> valid = new ArrayList<>(rows.size());
    Map<String, Integer> emails = new HashMap<>();
    int failed = 0;
    for (int i = 0; i < rows.size(); i++) {
      CustomerDetails row = rows.get(i);
      try {
        ValidDetails details = DetailsValidator.validate(row, work.today());
        valid.add(details);
        if (details.email() != null) {
          Integer first = emails.putIfAbsent(details.email().key(), i);
          if (first != null) {
            failed =
                report(
                    errors,
                    failed,
                    new FieldError(
                        "rows[" + i + "].email",
                        details.email().value(),
                        "is also the email of rows[" + first + "]"));
          }
        }
      } catch (ValidationException e) {
        for (FieldError error : e.errors()) {
          failed =
              report(
                  errors,
                  failed,
                  new FieldError(
                      "rows[" + i + "]." + error.field(), error.value(), error.problem()));
        }
      }
    }
    if (!errors.isEmpty()) {
      if (failed > errors.size()) {
        errors.add(
            new FieldError(
                "rows", null, "have " + (failed - errors.size()) + " more errors not listed"));
      }
      throw new ValidationException(errors);
    }
    // One query for every row's email, not one per row.
    Map<String, RosterEntry> holders =
        emails.isEmpty()
            ? Map.of()
            : work.session()
                .customers()
                .findActiveByEmails(work.organization().id(), emails.keySet());
    for (int i = 0; i < valid.size(); i++) {
      ValidDetails details = valid.get(i);
      if (details.email() == null) {
        continue;
      }
      RosterEntry holder = holders.get(details.email().key());
      if (holder != null) {
        throw new ConflictException(
            ConflictException.Reason.DUPLICATE,
            "rows["
                + i
                + "].email "
                + details.email()
                + " already belongs to active customer "
                + holder.id()
                + " ("
                + holder.displayName()
                + ")",
            holder.id().toString());
      }
    }
    return valid;
  }

  private static int report(List<FieldError> errors, int failed, FieldError error) {
    if (errors.size() < MAX_ERRORS) {
      errors.add(error);
    }
    return failed + 1;
  }
}
