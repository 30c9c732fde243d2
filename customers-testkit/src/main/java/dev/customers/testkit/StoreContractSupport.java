package dev.customers.testkit;

import dev.customers.api.CustomerId;
import dev.customers.api.FieldId;
import dev.customers.api.MetricId;
import dev.customers.api.NoteId;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PersonId;
import dev.customers.api.StaffRole;
import dev.customers.api.TagId;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.consent.ConsentRecord;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.fields.FieldAccess;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldScope;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.metrics.MetricDefinition;
import dev.customers.api.metrics.MetricReading;
import dev.customers.api.metrics.MetricSpec;
import dev.customers.api.notes.Note;
import dev.customers.api.notes.NoteVisibility;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.Customer;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.CustomerStatus;
import dev.customers.api.roster.EmailAddress;
import dev.customers.api.roster.Person;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.spi.Criterion;
import dev.customers.api.spi.IdSource;
import dev.customers.api.spi.Storage;
import dev.customers.api.spi.StoreWork;
import dev.customers.api.spi.StoredFieldValue;
import dev.customers.api.tags.Tag;
import dev.customers.core.internal.UuidV7Source;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every store contract shares: fresh storage per test with two organizations in it, a clock to
 * move, time-ordered ids, and helpers that write through the stores. Not a contract itself.
 */
public abstract class StoreContractSupport {
  protected final FixedClock clock = FixedClock.at("2026-03-02T10:00:00Z");

  protected final IdSource ids = new UuidV7Source(clock);

  protected Storage storage;

  protected Organization orgA;

  protected Organization orgB;

  private StorageUnderTest under;

  /** The adapter under test: fresh, empty storage for each test, dropped after it. */
  protected abstract StorageUnderTest storageUnderTest();

  @BeforeEach
  void setUpStorage() {
    under = storageUnderTest();
    storage = under.open();
    orgA = organization("Studio A");
    orgB = organization("Studio B");
  }

  @AfterEach
  void tearDownStorage() {
    if (storage
        != null) { // null when open() skipped the test (a database server that is not running)
      storage.close();
      under.drop();
    }
  }

  protected final <T extends @Nullable Object> T tx(StoreWork<T> work) {
    return storage.inTransaction(work);
  }

  protected final <T> Optional<T> optional(StoreWork<Optional<T>> work) {
    return storage.inTransaction(work);
  }

  protected final <T> List<T> list(StoreWork<List<T>> work) {
    return storage.inTransaction(work);
  }

  /** A new time-ordered id. */
  protected final UUID newId() {
    return ids.next();
  }

  protected final Instant now() {
    return clock.instant();
  }

  /** A moment after everything written so far, cut to microseconds as the SDK does. */
  protected final Instant later() {
    clock.advance(Duration.ofMillis(1500));
    return clock.instant();
  }

  protected final Organization organization(String name) {
    Organization org =
        new Organization(OrganizationId.of(ids.next()), name, ZoneId.of("Europe/London"), now());
    run(
        s -> {
          s.organizations().insert(org);
        });
    return org;
  }

  protected final Person person(String first, String last, @Nullable String email) {
    return new Person(
        PersonId.of(ids.next()),
        first,
        last,
        email == null ? null : EmailAddress.of(email),
        null,
        null,
        null,
        now(),
        now(),
        1);
  }

  protected final Person insertPerson(Person person) {
    run(
        s -> {
          s.persons().insert(person);
        });
    return person;
  }

  protected final Customer customer(Organization org, Person person, LocalDate joinedOn) {
    return new Customer(
        CustomerId.of(ids.next()),
        org.id(),
        person.id(),
        CustomerStatus.ACTIVE,
        joinedOn,
        now(),
        now(),
        null,
        1);
  }

  protected final RosterEntry addCustomer(
      Organization org, String first, String last, @Nullable String email) {
    return addCustomer(org, first, last, email, LocalDate.of(2026, 3, 2));
  }

  protected final RosterEntry addCustomer(
      Organization org, String first, String last, @Nullable String email, LocalDate joinedOn) {
    return addCustomer(org, first, last, email, joinedOn, null);
  }

  protected final RosterEntry addCustomer(
      Organization org,
      String first,
      String last,
      @Nullable String email,
      @Nullable LocalDate joinedOn,
      @Nullable LocalDate birthday) {
    Person person =
        new Person(
            PersonId.of(ids.next()),
            first,
            last,
            email == null ? null : EmailAddress.of(email),
            null,
            null,
            birthday,
            now(),
            now(),
            1);
    Customer customer =
        customer(org, person, joinedOn == null ? LocalDate.of(2026, 3, 2) : joinedOn);
    run(
        s -> {
          s.persons().insert(person);
          s.customers().insert(customer);
        });
    return new RosterEntry(customer, person);
  }

  protected final Customer archive(RosterEntry entry) {
    Customer current =
        tx(s -> s.customers().find(entry.customer().organizationId(), entry.id()))
            .orElseThrow()
            .customer();
    Customer archived = current.archived(later());
    run(
        s -> {
          s.customers().update(archived, current.version());
        });
    return archived;
  }

  protected final AuditEntry auditEntry(
      OrganizationId org, CustomerId customer, String action, FieldChange change) {
    AuditEntry entry =
        new AuditEntry(
            ids.next(),
            org,
            customer,
            action,
            "staff:test(OWNER)",
            "because",
            now(),
            List.of(change));
    run(
        s -> {
          s.audit().append(entry);
        });
    return entry;
  }

  protected final List<RosterEntry> readAll(
      Function<CustomerQuery, CustomerQuery> adjust, CustomerQuery first) {
    List<RosterEntry> all = new ArrayList<>();
    CustomerQuery query = adjust.apply(first);
    for (int guard = 0; guard < 1000; guard++) {
      CustomerQuery q = query;
      Page<RosterEntry> page = tx(s -> s.customers().list(orgA.id(), q, Criterion.none()));
      all.addAll(page.items());
      if (!page.hasMore()) {
        return all;
      }
      query = query.after(page.nextCursor());
    }
    throw new AssertionError("paging did not end");
  }

  protected final List<SearchHit> searchAll(SearchQuery first) {
    List<SearchHit> all = new ArrayList<>();
    SearchQuery query = first;
    for (int guard = 0; guard < 1000; guard++) {
      SearchQuery q = query;
      Page<SearchHit> page =
          tx(s -> s.customers().search(orgA.id(), q, Criterion.none(), Set.of()));
      all.addAll(page.items());
      if (!page.hasMore()) {
        return all;
      }
      query = query.after(page.nextCursor());
    }
    throw new AssertionError("paging did not end");
  }

  protected final FieldDefinition field(
      Organization org,
      String key,
      FieldType type,
      FieldScope scope,
      int position,
      List<String> choices) {
    FieldSpec spec =
        new FieldSpec(
            key,
            "Label " + key,
            "help for " + key,
            type,
            false,
            choices,
            scope,
            new FieldAccess(StaffRole.STAFF, StaffRole.ADMIN, true, false),
            true,
            false);
    FieldDefinition definition =
        new FieldDefinition(FieldId.of(newId()), org.id(), spec, position, false, now(), now(), 1);
    run(s -> s.fields().insert(definition));
    return definition;
  }

  /** Runs a write with no result in one transaction. */
  protected final void run(java.util.function.Consumer<dev.customers.api.spi.StoreSession> work) {
    storage.inTransaction(
        s -> {
          work.accept(s);
          return Boolean.TRUE;
        });
  }

  protected final void put(Organization org, FieldDefinition field, UUID owner, String... values) {
    run(
        s ->
            s.fields()
                .put(
                    org.id(),
                    new StoredFieldValue(field.id(), field.type(), owner, List.of(values))));
  }

  protected final List<StoredFieldValue> valuesOf(Organization org, UUID... owners) {
    return list(s -> s.fields().values(org.id(), List.of(owners)));
  }

  protected final Tag tag(Organization org, String name) {
    Tag tag = new Tag(TagId.of(newId()), org.id(), name, "#3a7bd5", now(), 1);
    run(s -> s.tags().insert(tag));
    return tag;
  }

  protected final Note note(
      Organization org,
      CustomerId customer,
      String author,
      NoteVisibility visibility,
      boolean pinned,
      boolean alert) {
    Instant at = later();
    Note note =
        new Note(
            NoteId.of(newId()),
            org.id(),
            customer,
            author,
            "note by " + author + " at " + at,
            visibility,
            pinned,
            alert,
            at,
            at,
            null,
            1);
    run(s -> s.notes().insert(note));
    return note;
  }

  protected final MetricDefinition metric(Organization org, MetricSpec spec) {
    MetricDefinition definition =
        new MetricDefinition(MetricId.of(newId()), org.id(), spec, now(), 1);
    run(s -> s.metrics().insert(definition));
    return definition;
  }

  protected final MetricReading reading(
      Organization org, CustomerId customer, MetricDefinition metric, String value, Instant at) {
    MetricReading reading =
        new MetricReading(
            newId(),
            org.id(),
            customer,
            metric.id(),
            new BigDecimal(value),
            at,
            "test",
            "staff:amy");
    run(s -> s.metrics().append(reading));
    return reading;
  }

  protected final ConsentRecord consent(
      Organization org, CustomerId customer, String purpose, ConsentStatus status) {
    ConsentRecord record =
        new ConsentRecord(
            newId(), org.id(), customer, purpose, status, later(), "signup form", "self:x");
    run(s -> s.consent().append(record));
    return record;
  }

  protected final List<RosterEntry> listed(Criterion criterion) {
    return tx(s -> s.customers().list(orgA.id(), CustomerQuery.active(), criterion)).items();
  }
}
