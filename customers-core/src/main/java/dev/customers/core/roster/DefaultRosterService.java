package dev.customers.core.roster;

import static java.util.Objects.requireNonNull;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.FieldError;
import dev.customers.api.InvalidStateException;
import dev.customers.api.NotFoundException;
import dev.customers.api.Page;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.PersonId;
import dev.customers.api.StaffRole;
import dev.customers.api.ValidationException;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.family.GuardianPermission;
import dev.customers.api.roster.Customer;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.CustomerStatus;
import dev.customers.api.roster.EmailAddress;
import dev.customers.api.roster.Person;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.RosterService;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.roster.UpcomingBirthday;
import dev.customers.api.spi.Criterion;
import dev.customers.api.spi.FieldRef;
import dev.customers.api.spi.SearchText;
import dev.customers.api.spi.StoreSession;
import dev.customers.api.spi.StoredText;
import dev.customers.core.internal.Arguments;
import dev.customers.core.internal.Birthdays;
import dev.customers.core.internal.Texts;
import dev.customers.core.internal.Transactions;
import dev.customers.core.internal.Work;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

final class DefaultRosterService implements RosterService {
  static final int MAX_BIRTHDAY_WINDOW = 366;

  private final Transactions transactions;

  @Inject
  DefaultRosterService(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public CustomerProfile add(Caller caller, CustomerDetails details) {
    requireNonNull(details, "details");
    return transactions.write(
        caller,
        work -> {
          work.permissions().requireStaff(StaffRole.STAFF, "add customers");
          return RosterWrites.add(work, details);
        });
  }

  @Override
  public List<CustomerId> addAll(Caller caller, List<CustomerDetails> rows) {
    List<CustomerDetails> copied = Arguments.noNulls(rows, "rows");
    return transactions.write(caller, work -> BulkAdd.run(work, copied));
  }

  @Override
  public CustomerProfile addExisting(Caller caller, PersonId personId) {
    requireNonNull(personId, "personId");
    return transactions.write(
        caller,
        work -> {
          // A person on another organization's roster joins this one only by their own action:
          // staff adding them would read, and could change, what the other organization holds.
          if (!isThePerson(work, personId)) {
            throw new PermissionDeniedException(
                work.caller().actor().describe()
                    + " may not add person "
                    + personId
                    + ": an existing person joins a roster by their own action (Actor.self)");
          }
          StoreSession session = work.session();
          Person person =
              session
                  .persons()
                  .find(personId)
                  .orElseThrow(() -> new NotFoundException("person", personId));
          session
              .customers()
              .findByPerson(work.organization().id(), personId)
              .ifPresent(
                  existing -> {
                    throw new ConflictException(
                        ConflictException.Reason.DUPLICATE,
                        "person "
                            + personId
                            + " is already on this roster as customer "
                            + existing.id()
                            + (existing.isArchived() ? " (archived: unarchive them instead)" : ""),
                        existing.id().toString());
                  });
          requireEmailFree(work, person.email(), null);
          Customer customer = RosterWrites.newCustomer(work, personId);
          session.customers().insert(customer);
          work.audit(
              customer.id(),
              "customer.created",
              List.of(
                  new FieldChange("status", null, CustomerStatus.ACTIVE.name()),
                  new FieldChange("person", null, personId.toString())));
          work.publish(
              new CustomerEvent.Created(
                  work.newId(),
                  customer.organizationId(),
                  customer.id(),
                  personId,
                  work.now(),
                  actor(work)));
          return profile(customer, person, work.today());
        });
  }

  @Override
  public CustomerProfile profile(Caller caller, CustomerId id) {
    requireNonNull(id, "id");
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          RosterEntry entry = find(session, caller, id);
          permissions.requireAccount(
              StaffRole.STAFF,
              entry.person().id(),
              GuardianPermission.VIEW_PROFILE,
              "read customer " + id);
          return profile(
              entry.customer(),
              entry.person(),
              LocalDate.ofInstant(transactions.now(), organization.timeZone()));
        });
  }

  @Override
  public CustomerProfile update(
      Caller caller, CustomerId id, long expectedVersion, CustomerDetails details) {
    requireNonNull(id, "id");
    requireNonNull(details, "details");
    return transactions.write(
        caller,
        work -> {
          RosterEntry entry = find(work.session(), caller, id);
          work.permissions()
              .requireAccount(
                  StaffRole.STAFF,
                  entry.person().id(),
                  GuardianPermission.EDIT_PROFILE,
                  "update customer " + id);
          Customer customer = entry.customer();
          if (customer.version() != expectedVersion) {
            throw ConflictException.staleVersion(
                "customer", id, expectedVersion, customer.version());
          }
          return RosterWrites.update(work, entry, details);
        });
  }

  @Override
  public CustomerProfile archive(Caller caller, CustomerId id) {
    requireNonNull(id, "id");
    return transactions.write(
        caller,
        work -> {
          work.permissions().requireStaff(StaffRole.ADMIN, "archive customers");
          RosterEntry entry = find(work.session(), caller, id);
          Customer customer = entry.customer();
          if (customer.isArchived()) {
            throw new InvalidStateException("customer " + id + " is already archived");
          }
          Customer archived = customer.archived(work.now());
          work.session().customers().update(archived, customer.version());
          work.audit(
              id,
              "customer.archived",
              List.of(
                  new FieldChange(
                      "status", CustomerStatus.ACTIVE.name(), CustomerStatus.ARCHIVED.name())));
          work.publish(
              new CustomerEvent.Archived(
                  work.newId(), customer.organizationId(), id, work.now(), actor(work)));
          return profile(archived, entry.person(), work.today());
        });
  }

  @Override
  public CustomerProfile unarchive(Caller caller, CustomerId id) {
    requireNonNull(id, "id");
    return transactions.write(
        caller,
        work -> {
          work.permissions().requireStaff(StaffRole.ADMIN, "unarchive customers");
          RosterEntry entry = find(work.session(), caller, id);
          Customer customer = entry.customer();
          if (!customer.isArchived()) {
            throw new InvalidStateException("customer " + id + " is not archived");
          }
          requireEmailFree(work, entry.person().email(), id);
          Customer active = customer.unarchived(work.now());
          work.session().customers().update(active, customer.version());
          work.audit(
              id,
              "customer.unarchived",
              List.of(
                  new FieldChange(
                      "status", CustomerStatus.ARCHIVED.name(), CustomerStatus.ACTIVE.name())));
          work.publish(
              new CustomerEvent.Unarchived(
                  work.newId(), customer.organizationId(), id, work.now(), actor(work)));
          return profile(active, entry.person(), work.today());
        });
  }

  @Override
  public Page<RosterEntry> list(Caller caller, CustomerQuery query) {
    requireNonNull(query, "query");
    return transactions.read(
        caller,
        (organization, session, permissions) ->
            RosterPages.list(session, organization.id(), permissions, transactions.now(), query));
  }

  @Override
  public Page<SearchHit> search(Caller caller, SearchQuery query) {
    requireNonNull(query, "query");
    List<FieldError> errors = new ArrayList<>();
    Texts.line("text", query.text(), 1, StoredText.SEARCH, errors);
    Texts.check(errors);
    if (SearchText.normalize(query.text()).isEmpty()) {
      throw ValidationException.of(
          "text", query.text(), "has nothing to search for once accents and spaces are removed");
    }
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          permissions.requireStaff(StaffRole.STAFF, "search the roster");
          FilterResolver resolver =
              new FilterResolver(session, organization.id(), permissions, transactions.now());
          Criterion criterion = resolver.resolve(query.filter());
          // Field values match only in fields the caller may view, so a search never hints at a
          // hidden value.
          Set<FieldRef> searchable =
              resolver.searchableDefinitions().stream()
                  .filter(d -> !d.archived() && SearchText.fieldText(d.type(), "") != null)
                  .filter(d -> permissions.canView(d, null))
                  .map(d -> new FieldRef(d.id(), d.scope()))
                  .collect(java.util.stream.Collectors.toSet());
          return session.customers().search(organization.id(), query, criterion, searchable);
        });
  }

  @Override
  public List<UpcomingBirthday> upcomingBirthdays(Caller caller, int withinDays) {
    if (withinDays < 0 || withinDays > MAX_BIRTHDAY_WINDOW) {
      throw ValidationException.of(
          "withinDays",
          Integer.toString(withinDays),
          "must be between 0 and " + MAX_BIRTHDAY_WINDOW);
    }
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          permissions.requireStaff(StaffRole.STAFF, "list birthdays");
          LocalDate today = LocalDate.ofInstant(transactions.now(), organization.timeZone());
          Map<MonthDay, LocalDate> dateOf = new HashMap<>();
          for (int i = withinDays;
              i >= 0;
              i--) { // nearest last, so a month-day seen twice in 366 days keeps its first date
            LocalDate date = today.plusDays(i);
            for (MonthDay day : Birthdays.celebratedOn(date)) {
              dateOf.put(day, date);
            }
          }
          Set<MonthDay> days = dateOf.keySet();
          List<UpcomingBirthday> upcoming = new ArrayList<>();
          for (RosterEntry entry : session.customers().withBirthdays(organization.id(), days)) {
            LocalDate birthday = requireNonNull(entry.person().birthday(), "birthday");
            LocalDate date = dateOf.get(MonthDay.from(birthday));
            if (date != null) {
              upcoming.add(new UpcomingBirthday(entry, date, date.getYear() - birthday.getYear()));
            }
          }
          Map<CustomerId, String> sortNames = new HashMap<>();
          for (UpcomingBirthday birthday : upcoming) {
            Person person = birthday.entry().person();
            sortNames.put(
                birthday.entry().id(), SearchText.sortName(person.firstName(), person.lastName()));
          }
          upcoming.sort(
              Comparator.comparing(UpcomingBirthday::date)
                  .thenComparing(b -> sortNames.get(b.entry().id()))
                  .thenComparing(b -> b.entry().id()));
          return List.copyOf(upcoming);
        });
  }

  private static RosterEntry find(StoreSession session, Caller caller, CustomerId id) {
    return session
        .customers()
        .find(caller.organizationId(), id)
        .orElseThrow(() -> new NotFoundException("customer", id));
  }

  /** Refuses a second active customer with this email, naming the one that has it. */
  static void requireEmailFree(Work work, @Nullable EmailAddress email, @Nullable CustomerId self) {
    if (email == null) {
      return;
    }
    work.session()
        .customers()
        .findActiveByEmail(work.organization().id(), email.key())
        .filter(existing -> !existing.id().equals(self))
        .ifPresent(
            existing -> {
              throw emailTaken(work, email, existing.id(), existing.displayName());
            });
  }

  /** Whether the caller is the person acting as themselves. */
  static boolean isThePerson(Work work, PersonId personId) {
    return work.caller().actor() instanceof Actor.Self self && self.personId().equals(personId);
  }

  /** What a caller who is not staff is told of an email another customer has: not who. */
  private static String takenByAnother(EmailAddress email) {
    return "email " + email + " is already used by another customer; choose another address";
  }

  /** The store's conflict over an email, told to a caller who is not staff without its holder. */
  static ConflictException emailTaken(Work work, EmailAddress email, ConflictException e) {
    if (work.caller().actor() instanceof Actor.Staff) {
      return e;
    }
    return new ConflictException(
        ConflictException.Reason.DUPLICATE, takenByAnother(email), null, e);
  }

  /**
   * The conflict of an email another active customer has: staff learn who holds it; anyone else (a
   * customer changing their own email) only that it is taken, never another customer's name or id.
   */
  private static ConflictException emailTaken(
      Work work, EmailAddress email, CustomerId holder, String holderName) {
    if (!(work.caller().actor() instanceof Actor.Staff)) {
      return new ConflictException(ConflictException.Reason.DUPLICATE, takenByAnother(email), null);
    }
    return new ConflictException(
        ConflictException.Reason.DUPLICATE,
        "email "
            + email
            + " already belongs to active customer "
            + holder
            + " ("
            + holderName
            + ")",
        holder.toString());
  }

  static CustomerProfile profile(Customer customer, Person person, LocalDate today) {
    return new CustomerProfile(customer, person, Birthdays.isToday(person.birthday(), today));
  }

  static String actor(Work work) {
    return work.caller().actor().describe();
  }
}
