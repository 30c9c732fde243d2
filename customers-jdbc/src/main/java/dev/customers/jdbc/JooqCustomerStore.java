package dev.customers.jdbc;

import static dev.customers.jdbc.ConsentTables.*;
import static dev.customers.jdbc.FieldTables.*;
import static dev.customers.jdbc.MetricTables.*;
import static dev.customers.jdbc.NoteTables.*;
import static dev.customers.jdbc.RosterTables.*;
import static dev.customers.jdbc.TagTables.*;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.row;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.NotFoundException;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PersonId;
import dev.customers.api.roster.Customer;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.CustomerSort;
import dev.customers.api.roster.CustomerStatus;
import dev.customers.api.roster.Person;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.roster.SortDirection;
import dev.customers.api.roster.StatusFilter;
import dev.customers.api.spi.Criterion;
import dev.customers.api.spi.Cursors;
import dev.customers.api.spi.CustomerStore;
import dev.customers.api.spi.FieldRef;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Customers in SQL: lists, search and criteria run as keyset-paged queries on the customers table.
 */
final class JooqCustomerStore implements CustomerStore {
  /**
   * A customer's columns then its person's: the order {@link Rows#entry(java.sql.ResultSet)} reads.
   */
  static final List<SelectField<?>> ENTRY_FIELDS =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of(
                  C_ORG,
                  C_ID,
                  C_PERSON,
                  C_STATUS,
                  C_JOINED,
                  C_CREATED,
                  C_UPDATED,
                  C_ARCHIVED,
                  C_VERSION),
              PersonCopy.PERSON_FIELDS.stream())
          .toList();

  private static final Map<String, String> FIND_SQL =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final DSLContext db;
  private final JooqPersonStore persons;
  private final Runnable sent;
  private final JooqCustomerSearch search;

  JooqCustomerStore(DSLContext db, JooqPersonStore persons, Runnable sent) {
    this.db = db;
    this.persons = persons;
    this.sent = sent;
    this.search = new JooqCustomerSearch(db);
  }

  @Override
  public void insert(Customer customer) {
    Person person =
        persons
            .find(customer.personId())
            .orElseThrow(() -> new NotFoundException("person", customer.personId()));
    UUID org = customer.organizationId().value();
    Record already =
        db.select(C_ID)
            .from(CUSTOMERS)
            .where(C_ORG.eq(org).and(C_PERSON.eq(person.id().value())))
            .fetchOne();
    if (already != null) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "person "
              + customer.personId()
              + " is already on this roster as customer "
              + already.get(C_ID),
          already.get(C_ID).toString());
    }
    if (db.fetchExists(CUSTOMERS, C_ORG.eq(org).and(C_ID.eq(customer.id().value())))) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "customer " + customer.id() + " already exists",
          customer.id().toString());
    }
    String key = PersonCopy.emailKey(person);
    String activeKey = customer.isArchived() ? null : key;
    if (activeKey != null) {
      Record holder =
          db.select(C_ID)
              .from(CUSTOMERS)
              .where(C_ORG.eq(org).and(C_ACTIVE_EMAIL.eq(activeKey)))
              .fetchOne();
      if (holder != null) {
        throw PersonCopy.duplicateEmail(activeKey, holder.get(C_ID));
      }
    }
    db.insertInto(CUSTOMERS).set(columns(customer, person)).execute();
  }

  /** A new customer's row: its own columns, what it copies from its person, its email key. */
  private static java.util.Map<org.jooq.Field<?>, @Nullable Object> columns(
      Customer customer, Person person) {
    java.util.Map<org.jooq.Field<?>, @Nullable Object> row = new java.util.LinkedHashMap<>();
    row.put(C_ORG, customer.organizationId().value());
    row.put(C_ID, customer.id().value());
    row.put(C_PERSON, person.id().value());
    row.put(C_STATUS, customer.status().name());
    row.put(C_JOINED, customer.joinedOn());
    row.put(C_CREATED, Rows.utc(customer.createdAt()));
    row.put(C_UPDATED, Rows.utc(customer.updatedAt()));
    row.put(C_ARCHIVED, Rows.utcOrNull(customer.archivedAt()));
    row.put(C_VERSION, customer.version());
    row.putAll(PersonCopy.copy(person));
    row.put(C_ACTIVE_EMAIL, customer.isArchived() ? null : PersonCopy.emailKey(person));
    return row;
  }

  @Override
  public void insertAll(List<Customer> customers) {
    // The bulk path of an import or addAll: per chunk of 500, one read of the persons, one check of
    // persons already on the roster and of emails already held, and one multi-row insert.
    for (int from = 0; from < customers.size(); from += 500) {
      List<Customer> chunk = customers.subList(from, Math.min(customers.size(), from + 500));
      java.util.Set<UUID> personIds = new java.util.LinkedHashSet<>();
      for (Customer customer : chunk) {
        personIds.add(customer.personId().value());
      }
      java.util.Map<UUID, Person> persons = new java.util.HashMap<>();
      db.select(PersonCopy.PERSON_FIELDS)
          .from(PERSONS)
          .where(P_ID.in(personIds))
          .fetch(Rows::person)
          .forEach(p -> persons.put(p.id().value(), p));
      for (Customer customer : chunk) {
        if (!persons.containsKey(customer.personId().value())) {
          throw new NotFoundException("person", customer.personId());
        }
      }
      java.util.Map<UUID, List<Customer>> byOrg = new java.util.LinkedHashMap<>();
      for (Customer customer : chunk) {
        byOrg
            .computeIfAbsent(customer.organizationId().value(), o -> new java.util.ArrayList<>())
            .add(customer);
      }
      for (java.util.Map.Entry<UUID, List<Customer>> group : byOrg.entrySet()) {
        UUID org = group.getKey();
        List<Customer> rows = group.getValue();
        List<UUID> rowPersons = rows.stream().map(c -> c.personId().value()).toList();
        Record already =
            db.select(C_ID, C_PERSON)
                .from(CUSTOMERS)
                .where(C_ORG.eq(org).and(C_PERSON.in(rowPersons)))
                .limit(1)
                .fetchOne();
        if (already != null) {
          throw new ConflictException(
              ConflictException.Reason.DUPLICATE,
              "person "
                  + already.get(C_PERSON)
                  + " is already on this roster as customer "
                  + already.get(C_ID),
              already.get(C_ID).toString());
        }
        List<String> keys = new java.util.ArrayList<>();
        for (Customer customer : rows) {
          String key =
              PersonCopy.emailKey(
                  java.util.Objects.requireNonNull(persons.get(customer.personId().value())));
          if (key != null && !customer.isArchived()) {
            keys.add(key);
          }
        }
        if (!keys.isEmpty()) {
          Record holder =
              db.select(C_ID, C_ACTIVE_EMAIL)
                  .from(CUSTOMERS)
                  .where(C_ORG.eq(org).and(C_ACTIVE_EMAIL.in(keys)))
                  .limit(1)
                  .fetchOne();
          if (holder != null) {
            throw PersonCopy.duplicateEmail(holder.get(C_ACTIVE_EMAIL), holder.get(C_ID));
          }
        }
        var insert =
            db.insertInto(CUSTOMERS)
                .set(
                    columns(
                        rows.get(0),
                        java.util.Objects.requireNonNull(
                            persons.get(rows.get(0).personId().value()))));
        for (Customer customer : rows.subList(1, rows.size())) {
          insert =
              insert
                  .newRecord()
                  .set(
                      columns(
                          customer,
                          java.util.Objects.requireNonNull(
                              persons.get(customer.personId().value()))));
        }
        insert.execute();
      }
    }
  }

  private Optional<RosterEntry> findWhere(Condition condition) {
    return db.select(ENTRY_FIELDS)
        .from(CUSTOMERS)
        .join(PERSONS)
        .on(P_ID.eq(C_PERSON))
        .where(condition)
        .fetchOptional(Rows::entry);
  }

  @Override
  public Optional<RosterEntry> find(OrganizationId organizationId, CustomerId id) {
    // The profile read is the hottest query: rendered once per dialect and schema, only its values
    // bound per call.
    String sql =
        FIND_SQL.computeIfAbsent(
            db.dialect().name() + " " + db.render(CUSTOMERS),
            key ->
                db.render(
                    db.select(ENTRY_FIELDS)
                        .from(CUSTOMERS)
                        .join(PERSONS)
                        .on(P_ID.eq(C_PERSON))
                        .where(
                            C_ORG
                                .eq(DSL.val((UUID) null, C_ORG))
                                .and(C_ID.eq(DSL.val((UUID) null, C_ID))))));
    boolean uuidsAsText =
        db.dialect().family() == org.jooq.SQLDialect.MARIADB
            || db.dialect().family() == org.jooq.SQLDialect.MYSQL;
    return db.connectionResult(
        connection -> {
          try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(
                1, uuidsAsText ? organizationId.toString() : organizationId.value());
            statement.setObject(2, uuidsAsText ? id.toString() : id.value());
            try (java.sql.ResultSet rs = statement.executeQuery()) {
              sent.run();
              return rs.next() ? Optional.of(Rows.entry(rs)) : Optional.<RosterEntry>empty();
            }
          }
        });
  }

  @Override
  public Optional<Customer> findByPerson(OrganizationId organizationId, PersonId personId) {
    return findWhere(C_ORG.eq(organizationId.value()).and(C_PERSON.eq(personId.value())))
        .map(RosterEntry::customer);
  }

  @Override
  public List<Customer> ofPerson(PersonId personId) {
    return db.select(ENTRY_FIELDS)
        .from(CUSTOMERS)
        .join(PERSONS)
        .on(P_ID.eq(C_PERSON))
        .where(C_PERSON.eq(personId.value()))
        .orderBy(C_ID)
        .fetch(r -> Rows.entry(r).customer());
  }

  @Override
  public Optional<RosterEntry> findActiveByEmail(OrganizationId organizationId, String emailKey) {
    return findWhere(C_ORG.eq(organizationId.value()).and(C_ACTIVE_EMAIL.eq(emailKey)));
  }

  @Override
  public java.util.Map<String, RosterEntry> findActiveByEmails(
      OrganizationId organizationId, java.util.Collection<String> emailKeys) {
    java.util.Map<String, RosterEntry> found = new java.util.HashMap<>();
    List<String> keys = List.copyOf(new java.util.LinkedHashSet<>(emailKeys));
    // Chunks keep each statement's bound values well under every driver's limit.
    for (int from = 0; from < keys.size(); from += 500) {
      List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 500));
      db.select(ENTRY_FIELDS)
          .from(CUSTOMERS)
          .join(PERSONS)
          .on(P_ID.eq(C_PERSON))
          .where(C_ORG.eq(organizationId.value()).and(C_ACTIVE_EMAIL.in(chunk)))
          .fetch()
          .forEach(
              r -> {
                RosterEntry entry = Rows.entry(r);
                dev.customers.api.roster.EmailAddress email = entry.person().email();
                if (email != null) {
                  found.put(email.key(), entry);
                }
              });
    }
    return found;
  }

  @Override
  public void update(Customer updated, long expectedVersion) {
    UUID org = updated.organizationId().value();
    UUID id = updated.id().value();
    Record stored =
        db.select(C_VERSION, C_STATUS, C_EMAIL_KEY, C_PERSON)
            .from(CUSTOMERS)
            .where(C_ORG.eq(org).and(C_ID.eq(id)))
            .fetchOne();
    if (stored == null) {
      throw new NotFoundException("customer", updated.id());
    }
    if (stored.get(C_VERSION) != expectedVersion) {
      throw ConflictException.staleVersion(
          "customer", updated.id(), expectedVersion, stored.get(C_VERSION));
    }
    if (!stored.get(C_PERSON).equals(updated.personId().value())) {
      throw new IllegalArgumentException("a customer's person cannot change");
    }
    String key = stored.get(C_EMAIL_KEY);
    String activeKey = updated.isArchived() ? null : key;
    if (activeKey != null && !PersonCopy.ACTIVE.equals(stored.get(C_STATUS))) {
      Record holder =
          db.select(C_ID)
              .from(CUSTOMERS)
              .where(C_ORG.eq(org).and(C_ACTIVE_EMAIL.eq(activeKey)).and(C_ID.ne(id)))
              .fetchOne();
      if (holder != null) {
        throw PersonCopy.duplicateEmail(activeKey, holder.get(C_ID));
      }
    }
    Map<Field<?>, @Nullable Object> columns = new LinkedHashMap<>();
    columns.put(C_STATUS, updated.status().name());
    columns.put(C_JOINED, updated.joinedOn());
    columns.put(C_UPDATED, Rows.utc(updated.updatedAt()));
    columns.put(C_ARCHIVED, Rows.utcOrNull(updated.archivedAt()));
    columns.put(C_VERSION, updated.version());
    columns.put(C_ACTIVE_EMAIL, activeKey);
    // Another writer may have got in between the read above and this update.
    Sql.guardedUpdate(
        db,
        "customer",
        updated.id(),
        CUSTOMERS,
        C_ORG.eq(org).and(C_ID.eq(id)),
        C_VERSION,
        expectedVersion,
        columns);
  }

  @Override
  public Page<RosterEntry> list(
      OrganizationId organizationId, CustomerQuery query, Criterion criterion) {
    boolean byName = query.sort() == CustomerSort.NAME;
    boolean ascending = query.direction() == SortDirection.ASC;
    String tag = "list:" + query.sort() + ":" + query.direction();
    Condition where =
        C_ORG
            .eq(organizationId.value())
            .and(status(query.status()))
            .and(CriterionSql.condition(criterion, organizationId.value()));
    if (query.cursor() != null) {
      Cursors.Keys keys = Cursors.read(query.cursor(), tag, 2);
      UUID lastId = keys.uuid(1);
      Condition past =
          byName
              ? (ascending
                  ? row(C_SORT, C_ID).gt(keys.text(0), lastId)
                  : row(C_SORT, C_ID).lt(keys.text(0), lastId))
              : (ascending
                  ? row(C_JOINED, C_ID).gt(keys.date(0), lastId)
                  : row(C_JOINED, C_ID).lt(keys.date(0), lastId));
      where = where.and(past);
    }
    Field<?> key = byName ? C_SORT : C_JOINED;
    List<SortField<?>> order =
        ascending ? List.of(key.asc(), C_ID.asc()) : List.of(key.desc(), C_ID.desc());
    List<SelectField<?>> fields = new ArrayList<>(ENTRY_FIELDS);
    fields.add(C_SORT);
    List<Record> rows =
        db.select(fields)
            .from(CUSTOMERS)
            .join(PERSONS)
            .on(P_ID.eq(C_PERSON))
            .where(where)
            .orderBy(order)
            .limit(query.limit() + 1)
            .fetch();
    Page<Record> page =
        Cursors.page(
            rows,
            query.limit(),
            r ->
                Cursors.encode(
                    tag,
                    byName ? r.get(C_SORT) : r.get(C_JOINED).toString(),
                    r.get(C_ID).toString()));
    return new Page<>(page.items().stream().map(Rows::entry).toList(), page.nextCursor());
  }

  @Override
  public Page<SearchHit> search(
      OrganizationId organizationId, SearchQuery query, Criterion criterion, Set<FieldRef> fields) {
    return search.search(organizationId, query, criterion, fields);
  }

  @Override
  public List<RosterEntry> withBirthdays(OrganizationId organizationId, Set<MonthDay> days) {
    if (days.isEmpty()) {
      return List.of();
    }
    List<Integer> keys =
        days.stream().map(d -> d.getMonthValue() * 100 + d.getDayOfMonth()).toList();
    return db.select(ENTRY_FIELDS)
        .from(CUSTOMERS)
        .join(PERSONS)
        .on(P_ID.eq(C_PERSON))
        .where(
            C_ORG
                .eq(organizationId.value())
                .and(C_STATUS.eq(PersonCopy.ACTIVE))
                .and(C_BIRTH_MD.in(keys)))
        .fetch(Rows::entry);
  }

  // Inlined: a fixed value the planner can see (and match against its statistics) in every plan.
  static Condition status(StatusFilter filter) {
    return switch (filter) {
      case ACTIVE -> C_STATUS.eq(inline(PersonCopy.ACTIVE));
      case ARCHIVED -> C_STATUS.eq(inline(CustomerStatus.ARCHIVED.name()));
      case ALL -> DSL.noCondition();
    };
  }
}
