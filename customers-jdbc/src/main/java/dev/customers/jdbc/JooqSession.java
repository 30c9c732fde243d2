package dev.customers.jdbc;

import static dev.customers.jdbc.Schema.*;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.when;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.NotFoundException;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.PersonId;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.Customer;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.CustomerSort;
import dev.customers.api.roster.CustomerStatus;
import dev.customers.api.roster.MatchTier;
import dev.customers.api.roster.Person;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.roster.SortDirection;
import dev.customers.api.roster.StatusFilter;
import dev.customers.api.spi.AuditStore;
import dev.customers.api.spi.ConsentStore;
import dev.customers.api.spi.Criterion;
import dev.customers.api.spi.FieldRef;
import dev.customers.api.spi.FieldStore;
import dev.customers.api.spi.MetricStore;
import dev.customers.api.spi.NoteStore;
import dev.customers.api.spi.TagStore;
import dev.customers.api.spi.Cursors;
import dev.customers.api.spi.CustomerStore;
import dev.customers.api.spi.EventOutbox;
import dev.customers.api.spi.OrganizationStore;
import dev.customers.api.spi.OutboxMessage;
import dev.customers.api.spi.PersonStore;
import dev.customers.api.spi.SearchFields;
import dev.customers.api.spi.SearchText;
import dev.customers.api.spi.StoreSession;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
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
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;

/** The stores of one JDBC transaction, all on the transaction's connection. */
final class JooqSession implements StoreSession {
  private static final String ACTIVE = CustomerStatus.ACTIVE.name();
  private static final List<SelectField<?>> ENTRY_FIELDS = entryFields();
  private static final Map<org.jooq.SQLDialect, String> FIND_SQL = new java.util.concurrent.ConcurrentHashMap<>();

  private final DSLContext db;
  private final boolean readOnly;
  private final Organizations organizations = new Organizations();
  private final Persons persons = new Persons();
  private final Customers customers = new Customers();
  private final Audit audit = new Audit();
  private final Outbox outbox = new Outbox();
  private final ProfileStores profile;

  JooqSession(DSLContext db, boolean readOnly) {
    this.db = db;
    this.readOnly = readOnly;
    this.profile = new ProfileStores(db);
  }

  boolean readOnly() {
    return readOnly;
  }

  @Override
  public OrganizationStore organizations() {
    return organizations;
  }

  @Override
  public PersonStore persons() {
    return persons;
  }

  @Override
  public CustomerStore customers() {
    return customers;
  }

  @Override
  public AuditStore audit() {
    return audit;
  }

  @Override
  public EventOutbox outbox() {
    return outbox;
  }

  @Override
  public FieldStore fields() {
    return profile.fields;
  }

  @Override
  public TagStore tags() {
    return profile.tags;
  }

  @Override
  public NoteStore notes() {
    return profile.notes;
  }

  @Override
  public MetricStore metrics() {
    return profile.metrics;
  }

  @Override
  public ConsentStore consent() {
    return profile.consent;
  }

  private static List<SelectField<?>> entryFields() {
    return List.of(C_ORG, C_ID, C_PERSON, C_STATUS, C_JOINED, C_CREATED, C_UPDATED, C_ARCHIVED, C_VERSION,
        P_ID, P_FIRST, P_LAST, P_EMAIL, P_USERNAME, P_PHONE, P_BIRTHDAY, P_CREATED, P_UPDATED, P_VERSION);
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** The person's editable columns, as an insert or an update writes them. */
  private static Map<Field<?>, @Nullable Object> personColumns(Person person) {
    Map<Field<?>, @Nullable Object> columns = new LinkedHashMap<>();
    columns.put(P_FIRST, person.firstName());
    columns.put(P_LAST, person.lastName());
    columns.put(P_EMAIL, person.email() == null ? null : person.email().value());
    columns.put(P_USERNAME, person.username());
    columns.put(P_PHONE, person.phone());
    columns.put(P_BIRTHDAY, person.birthday());
    columns.put(P_UPDATED, Rows.utc(person.updatedAt()));
    columns.put(P_VERSION, person.version());
    return columns;
  }

  /** What a customer row copies from its person: search fields, sort key, email key, birthday. */
  private static Map<Field<?>, @Nullable Object> personCopy(Person person) {
    SearchFields fields = SearchFields.of(person);
    Map<Field<?>, @Nullable Object> columns = new LinkedHashMap<>();
    columns.put(C_SORT, fields.sortName());
    columns.put(C_FIRST, fields.first());
    columns.put(C_LAST, fields.last());
    columns.put(C_FULL, fields.full());
    columns.put(C_EMAIL, fields.email());
    columns.put(C_USERNAME, fields.username());
    columns.put(C_PHONE, fields.phoneDigits());
    columns.put(C_ALL, fields.all());
    columns.put(C_EMAIL_KEY, emailKey(person));
    columns.put(C_BIRTH_MD, birthMonthDay(person));
    return columns;
  }

  private static @Nullable Integer birthMonthDay(Person person) {
    return person.birthday() == null ? null : person.birthday().getMonthValue() * 100 + person.birthday().getDayOfMonth();
  }

  private static @Nullable String emailKey(Person person) {
    return person.email() == null ? null : person.email().key();
  }

  private static ConflictException duplicateEmail(String key, UUID holder) {
    return new ConflictException(ConflictException.Reason.DUPLICATE,
        "email " + key + " already belongs to active customer " + holder, holder.toString());
  }

  private static <T> Page<T> page(List<T> rows, int limit, java.util.function.Function<T, String> cursorOf) {
    if (rows.size() <= limit) {
      return Page.last(rows);
    }
    List<T> items = rows.subList(0, limit);
    return new Page<>(items, cursorOf.apply(items.get(limit - 1)));
  }

  private final class Organizations implements OrganizationStore {
    @Override
    public void insert(Organization organization) {
      if (db.fetchExists(ORGANIZATIONS, O_ID.eq(organization.id().value()))) {
        throw new ConflictException(ConflictException.Reason.DUPLICATE,
            "organization " + organization.id() + " already exists", organization.id().toString());
      }
      db.insertInto(ORGANIZATIONS)
          .set(O_ID, organization.id().value())
          .set(O_NAME, organization.name())
          .set(O_TIME_ZONE, organization.timeZone().getId())
          .set(O_CREATED, Rows.utc(organization.createdAt()))
          .execute();
    }

    @Override
    public Optional<Organization> find(OrganizationId id) {
      return db.select(O_ID, O_NAME, O_TIME_ZONE, O_CREATED).from(ORGANIZATIONS).where(O_ID.eq(id.value()))
          .fetchOptional(Rows::organization);
    }

    @Override
    public Page<Organization> list(PageRequest request) {
      Condition after = request.cursor() == null
          ? DSL.noCondition()
          : O_ID.gt(UUID.fromString(Cursors.decode(request.cursor(), "organizations", 1).get(0)));
      List<Organization> rows = db.select(O_ID, O_NAME, O_TIME_ZONE, O_CREATED).from(ORGANIZATIONS).where(after)
          .orderBy(O_ID).limit(request.limit() + 1).fetch(Rows::organization);
      return page(rows, request.limit(), o -> Cursors.encode("organizations", o.id().toString()));
    }
  }

  private final class Persons implements PersonStore {
    @Override
    public void insert(Person person) {
      if (db.fetchExists(PERSONS, P_ID.eq(person.id().value()))) {
        throw new ConflictException(ConflictException.Reason.DUPLICATE, "person " + person.id() + " already exists",
            person.id().toString());
      }
      db.insertInto(PERSONS)
          .set(P_ID, person.id().value())
          .set(P_CREATED, Rows.utc(person.createdAt()))
          .set(personColumns(person))
          .execute();
    }

    @Override
    public Optional<Person> find(PersonId id) {
      return db.select(P_ID, P_FIRST, P_LAST, P_EMAIL, P_USERNAME, P_PHONE, P_BIRTHDAY, P_CREATED, P_UPDATED, P_VERSION)
          .from(PERSONS).where(P_ID.eq(id.value())).fetchOptional(Rows::person);
    }

    @Override
    public void update(Person updated, long expectedVersion) {
      UUID id = updated.id().value();
      Person stored = find(updated.id()).orElseThrow(() -> new NotFoundException("person", updated.id()));
      if (stored.version() != expectedVersion) {
        throw ConflictException.staleVersion("person", updated.id(), expectedVersion, stored.version());
      }
      String before = emailKey(stored);
      String after = emailKey(updated);
      if (after != null && !after.equals(before)) {
        // Another active customer, in any organization this person is active in, already has the new email.
        Field<UUID> otherId = DSL.field(DSL.name("other", "id"), SQLDataType.UUID);
        Record holder = db.select(otherId).from(CUSTOMERS.as("mine"))
            .join(CUSTOMERS.as("other")).on(DSL.field(DSL.name("other", "organization_id"), SQLDataType.UUID)
                .eq(DSL.field(DSL.name("mine", "organization_id"), SQLDataType.UUID))
                .and(DSL.field(DSL.name("other", "active_email_key"), SQLDataType.VARCHAR).eq(after))
                .and(otherId.ne(DSL.field(DSL.name("mine", "id"), SQLDataType.UUID))))
            .where(DSL.field(DSL.name("mine", "person_id"), SQLDataType.UUID).eq(id)
                .and(DSL.field(DSL.name("mine", "status"), SQLDataType.VARCHAR).eq(ACTIVE)))
            .limit(1).fetchOne();
        if (holder != null) {
          throw duplicateEmail(after, holder.get(otherId));
        }
      }
      int changed = db.update(PERSONS)
          .set(personColumns(updated))
          .where(P_ID.eq(id).and(P_VERSION.eq(expectedVersion)))
          .execute();
      if (changed == 0) { // another writer got in between the read above and this update
        // A locking read: under MariaDB's repeatable read a plain one would show this transaction's old snapshot.
        Long actual = db.select(P_VERSION).from(PERSONS).where(P_ID.eq(id)).forUpdate().fetchOne(P_VERSION);
        if (actual == null) {
          throw new NotFoundException("person", updated.id());
        }
        throw ConflictException.staleVersion("person", updated.id(), expectedVersion, actual);
      }
      db.update(CUSTOMERS)
          .set(personCopy(updated))
          .set(C_ACTIVE_EMAIL, when(C_STATUS.eq(ACTIVE), DSL.val(after, C_ACTIVE_EMAIL)).otherwise(DSL.castNull(C_ACTIVE_EMAIL)))
          .where(C_PERSON.eq(id))
          .execute();
    }
  }

  private final class Customers implements CustomerStore {
    @Override
    public void insert(Customer customer) {
      Person person = persons.find(customer.personId()).orElseThrow(() -> new NotFoundException("person", customer.personId()));
      UUID org = customer.organizationId().value();
      Record already = db.select(C_ID).from(CUSTOMERS).where(C_ORG.eq(org).and(C_PERSON.eq(person.id().value()))).fetchOne();
      if (already != null) {
        throw new ConflictException(ConflictException.Reason.DUPLICATE,
            "person " + customer.personId() + " is already on this roster as customer " + already.get(C_ID),
            already.get(C_ID).toString());
      }
      if (db.fetchExists(CUSTOMERS, C_ORG.eq(org).and(C_ID.eq(customer.id().value())))) {
        throw new ConflictException(ConflictException.Reason.DUPLICATE, "customer " + customer.id() + " already exists",
            customer.id().toString());
      }
      String key = emailKey(person);
      String activeKey = customer.isArchived() ? null : key;
      if (activeKey != null) {
        Record holder = db.select(C_ID).from(CUSTOMERS).where(C_ORG.eq(org).and(C_ACTIVE_EMAIL.eq(activeKey))).fetchOne();
        if (holder != null) {
          throw duplicateEmail(activeKey, holder.get(C_ID));
        }
      }
      db.insertInto(CUSTOMERS)
          .set(C_ORG, org)
          .set(C_ID, customer.id().value())
          .set(C_PERSON, person.id().value())
          .set(C_STATUS, customer.status().name())
          .set(C_JOINED, customer.joinedOn())
          .set(C_CREATED, Rows.utc(customer.createdAt()))
          .set(C_UPDATED, Rows.utc(customer.updatedAt()))
          .set(C_ARCHIVED, Rows.utcOrNull(customer.archivedAt()))
          .set(C_VERSION, customer.version())
          .set(personCopy(person))
          .set(C_ACTIVE_EMAIL, activeKey)
          .execute();
    }

    private Optional<RosterEntry> findWhere(Condition condition) {
      return db.select(ENTRY_FIELDS).from(CUSTOMERS).join(PERSONS).on(P_ID.eq(C_PERSON)).where(condition)
          .fetchOptional(Rows::entry);
    }

    @Override
    public Optional<RosterEntry> find(OrganizationId organizationId, CustomerId id) {
      // The profile read is the hottest query: rendered once per dialect, only its values bound per call.
      String sql = FIND_SQL.computeIfAbsent(db.dialect(), dialect -> db.render(
          db.select(ENTRY_FIELDS).from(CUSTOMERS).join(PERSONS).on(P_ID.eq(C_PERSON))
              .where(C_ORG.eq(DSL.val((UUID) null, C_ORG)).and(C_ID.eq(DSL.val((UUID) null, C_ID))))));
      boolean uuidsAsText = db.dialect().family() == org.jooq.SQLDialect.MARIADB
          || db.dialect().family() == org.jooq.SQLDialect.MYSQL;
      return db.connectionResult(connection -> {
        try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
          statement.setObject(1, uuidsAsText ? organizationId.toString() : organizationId.value());
          statement.setObject(2, uuidsAsText ? id.toString() : id.value());
          try (java.sql.ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Optional.of(Rows.entry(rs)) : Optional.<RosterEntry>empty();
          }
        }
      });
    }

    @Override
    public Optional<Customer> findByPerson(OrganizationId organizationId, PersonId personId) {
      return findWhere(C_ORG.eq(organizationId.value()).and(C_PERSON.eq(personId.value()))).map(RosterEntry::customer);
    }

    @Override
    public Optional<RosterEntry> findActiveByEmail(OrganizationId organizationId, String emailKey) {
      return findWhere(C_ORG.eq(organizationId.value()).and(C_ACTIVE_EMAIL.eq(emailKey)));
    }

    @Override
    public void update(Customer updated, long expectedVersion) {
      UUID org = updated.organizationId().value();
      UUID id = updated.id().value();
      Record stored = db.select(C_VERSION, C_STATUS, C_EMAIL_KEY, C_PERSON).from(CUSTOMERS)
          .where(C_ORG.eq(org).and(C_ID.eq(id))).fetchOne();
      if (stored == null) {
        throw new NotFoundException("customer", updated.id());
      }
      if (stored.get(C_VERSION) != expectedVersion) {
        throw ConflictException.staleVersion("customer", updated.id(), expectedVersion, stored.get(C_VERSION));
      }
      if (!stored.get(C_PERSON).equals(updated.personId().value())) {
        throw new IllegalArgumentException("a customer's person cannot change");
      }
      String key = stored.get(C_EMAIL_KEY);
      String activeKey = updated.isArchived() ? null : key;
      if (activeKey != null && !ACTIVE.equals(stored.get(C_STATUS))) {
        Record holder = db.select(C_ID).from(CUSTOMERS)
            .where(C_ORG.eq(org).and(C_ACTIVE_EMAIL.eq(activeKey)).and(C_ID.ne(id))).fetchOne();
        if (holder != null) {
          throw duplicateEmail(activeKey, holder.get(C_ID));
        }
      }
      int changed = db.update(CUSTOMERS)
          .set(C_STATUS, updated.status().name())
          .set(C_JOINED, updated.joinedOn())
          .set(C_UPDATED, Rows.utc(updated.updatedAt()))
          .set(C_ARCHIVED, Rows.utcOrNull(updated.archivedAt()))
          .set(C_VERSION, updated.version())
          .set(C_ACTIVE_EMAIL, activeKey)
          .where(C_ORG.eq(org).and(C_ID.eq(id)).and(C_VERSION.eq(expectedVersion)))
          .execute();
      if (changed == 0) { // another writer got in between the read above and this update
        Long actual = db.select(C_VERSION).from(CUSTOMERS).where(C_ORG.eq(org).and(C_ID.eq(id))).forUpdate()
            .fetchOne(C_VERSION);
        if (actual == null) {
          throw new NotFoundException("customer", updated.id());
        }
        throw ConflictException.staleVersion("customer", updated.id(), expectedVersion, actual);
      }
    }

    @Override
    public Page<RosterEntry> list(OrganizationId organizationId, CustomerQuery query, Criterion criterion) {
      boolean byName = query.sort() == CustomerSort.NAME;
      boolean ascending = query.direction() == SortDirection.ASC;
      String tag = "list:" + query.sort() + ":" + query.direction();
      Condition where = C_ORG.eq(organizationId.value()).and(status(query.status()))
          .and(ProfileStores.condition(criterion));
      if (query.cursor() != null) {
        List<String> keys = Cursors.decode(query.cursor(), tag, 2);
        UUID lastId = UUID.fromString(keys.get(1));
        Condition past = byName
            ? (ascending ? row(C_SORT, C_ID).gt(keys.get(0), lastId) : row(C_SORT, C_ID).lt(keys.get(0), lastId))
            : (ascending
                ? row(C_JOINED, C_ID).gt(LocalDate.parse(keys.get(0)), lastId)
                : row(C_JOINED, C_ID).lt(LocalDate.parse(keys.get(0)), lastId));
        where = where.and(past);
      }
      Field<?> key = byName ? C_SORT : C_JOINED;
      List<SortField<?>> order = ascending ? List.of(key.asc(), C_ID.asc()) : List.of(key.desc(), C_ID.desc());
      List<SelectField<?>> fields = new ArrayList<>(ENTRY_FIELDS);
      fields.add(C_SORT);
      List<Record> rows = db.select(fields).from(CUSTOMERS).join(PERSONS).on(P_ID.eq(C_PERSON))
          .where(where).orderBy(order).limit(query.limit() + 1).fetch();
      Page<Record> page = page(rows, query.limit(), r -> Cursors.encode(tag,
          byName ? r.get(C_SORT) : r.get(C_JOINED).toString(), r.get(C_ID).toString()));
      return new Page<>(page.items().stream().map(Rows::entry).toList(), page.nextCursor());
    }

    @Override
    public Page<SearchHit> search(OrganizationId organizationId, SearchQuery query, Criterion criterion,
        Set<FieldRef> fields) {
      String text = SearchText.normalize(query.text());
      String digits = SearchText.isPhoneQuery(query.text()) ? SearchText.digits(query.text()) : null;
      // Patterns are made here and bound as plain values: built in SQL ('%' || ? || '%'), or with an
      // ESCAPE clause (PostgreSQL's like_escape()), they cost per row once the statement is prepared
      // generically and hide the pattern from the trigram index. Backslash is the default escape
      // character of PostgreSQL, MariaDB and H2 alike.
      String starts = escapeLike(text) + "%";
      String inside = "%" + escapeLike(text) + "%";
      Condition prefix = C_FIRST.like(starts).or(C_LAST.like(starts)).or(C_FULL.like(starts)).or(C_EMAIL.like(starts))
          .or(C_USERNAME.like(starts));
      Condition matches = C_ALL.like(inside);
      Condition missed = C_ALL.notLike(inside);
      if (digits != null) {
        prefix = prefix.or(C_PHONE.like(digits + "%"));
        matches = matches.or(C_PHONE.like("%" + digits + "%"));
        missed = missed.and(C_PHONE.isNull().or(C_PHONE.notLike("%" + digits + "%")));
      }
      Field<Integer> tier = when(C_EMAIL.eq(text), inline(MatchTier.EXACT_EMAIL.ordinal()))
          .when(prefix, inline(MatchTier.PREFIX.ordinal()))
          .otherwise(inline(MatchTier.SUBSTRING.ordinal()));
      Condition scope = C_ORG.eq(organizationId.value()).and(status(query.status())).and(ProfileStores.condition(criterion));
      List<String> keys = query.cursor() == null ? null : Cursors.decode(query.cursor(), "search", 3);
      MatchTier afterTier = keys == null ? null : MatchTier.valueOf(keys.get(0));
      MatchTier[] tiers = MatchTier.values();
      // Rank and cut the page on the customers table alone, then join persons for that page only:
      // a common fragment matches thousands of rows, and joining them all before the sort is what costs.
      List<Ranked> ranked = new ArrayList<>();
      if (afterTier != MatchTier.FIELD) {
        Condition where = scope.and(matches);
        if (keys != null) {
          where = where.and(row(tier, C_SORT, C_ID).gt(afterTier.ordinal(), keys.get(1), UUID.fromString(keys.get(2))));
        }
        Field<Integer> tierColumn = tier.as("tier");
        // By the alias: the CASE repeated in ORDER BY, with its own bind values, would be evaluated twice per row.
        db.select(C_ID, C_SORT, tierColumn).from(CUSTOMERS).where(where)
            .orderBy(DSL.field(DSL.name("tier")), C_SORT, C_ID).limit(query.limit() + 1)
            .forEach(r -> ranked.add(new Ranked(r.get(C_ID), r.get(C_SORT), tiers[r.get(tierColumn)])));
      }
      // Field values come last, as their own tier, and only when the page has room: a second query
      // keeps the first one's plan (and its trigram index) as it was.
      if (ranked.size() <= query.limit() && !fields.isEmpty()) {
        Condition where = scope.and(missed).and(ProfileStores.fieldTextMatches(fields, organizationId.value(), inside));
        if (afterTier == MatchTier.FIELD) {
          where = where.and(row(C_SORT, C_ID).gt(keys.get(1), UUID.fromString(keys.get(2))));
        }
        db.select(C_ID, C_SORT).from(CUSTOMERS).where(where).orderBy(C_SORT, C_ID).limit(query.limit() + 1 - ranked.size())
            .forEach(r -> ranked.add(new Ranked(r.get(C_ID), r.get(C_SORT), MatchTier.FIELD)));
      }
      Page<Ranked> page = page(ranked, query.limit(), r -> Cursors.encode("search", r.tier().name(), r.sortName(),
          r.id().toString()));
      if (page.items().isEmpty()) {
        return Page.last(List.of());
      }
      Map<UUID, RosterEntry> entries = new java.util.HashMap<>();
      db.select(ENTRY_FIELDS).from(CUSTOMERS).join(PERSONS).on(P_ID.eq(C_PERSON))
          .where(C_ORG.eq(organizationId.value()).and(C_ID.in(page.items().stream().map(Ranked::id).toList())))
          .forEach(r -> entries.put(r.get(C_ID), Rows.entry(r)));
      return new Page<>(page.items().stream().map(r -> new SearchHit(entries.get(r.id()), r.tier())).toList(),
          page.nextCursor());
    }

    @Override
    public List<RosterEntry> withBirthdays(OrganizationId organizationId, Set<MonthDay> days) {
      if (days.isEmpty()) {
        return List.of();
      }
      List<Integer> keys = days.stream().map(d -> d.getMonthValue() * 100 + d.getDayOfMonth()).toList();
      return db.select(ENTRY_FIELDS).from(CUSTOMERS).join(PERSONS).on(P_ID.eq(C_PERSON))
          .where(C_ORG.eq(organizationId.value()).and(C_STATUS.eq(ACTIVE)).and(C_BIRTH_MD.in(keys)))
          .fetch(Rows::entry);
    }

    // Inlined: a fixed value the planner can see (and match against its statistics) in every plan.
    private Condition status(StatusFilter filter) {
      return switch (filter) {
        case ACTIVE -> C_STATUS.eq(inline(ACTIVE));
        case ARCHIVED -> C_STATUS.eq(inline(CustomerStatus.ARCHIVED.name()));
        case ALL -> DSL.noCondition();
      };
    }
  }

  /** A search hit before its person is joined: the keys it is ordered and paged by. */
  private record Ranked(UUID id, String sortName, MatchTier tier) {}

  private final class Audit implements AuditStore {
    @Override
    public void append(AuditEntry entry) {
      UUID org = entry.organizationId().value();
      db.insertInto(AUDIT)
          .set(A_ORG, org)
          .set(A_CUSTOMER, entry.customerId().value())
          .set(A_ID, entry.id())
          .set(A_ACTION, entry.action())
          .set(A_ACTOR, entry.actor())
          .set(A_REASON, entry.reason())
          .set(A_AT, Rows.utc(entry.at()))
          .execute();
      if (entry.changes().isEmpty()) {
        return;
      }
      var insert = db.insertInto(AUDIT_CHANGES, AC_ORG, AC_AUDIT, AC_SEQ, AC_FIELD, AC_BEFORE, AC_AFTER);
      int seq = 0;
      for (FieldChange change : entry.changes()) {
        insert = insert.values(org, entry.id(), seq++, change.field(), change.before(), change.after());
      }
      insert.execute();
    }

    @Override
    public Page<AuditEntry> forCustomer(OrganizationId organizationId, CustomerId customerId, PageRequest request) {
      UUID org = organizationId.value();
      Condition where = A_ORG.eq(org).and(A_CUSTOMER.eq(customerId.value()));
      if (request.cursor() != null) {
        where = where.and(A_ID.gt(UUID.fromString(Cursors.decode(request.cursor(), "audit", 1).get(0))));
      }
      List<Record> rows = new ArrayList<>(db.select(A_ID, A_ACTION, A_ACTOR, A_REASON, A_AT).from(AUDIT).where(where)
          .orderBy(A_ID).limit(request.limit() + 1).fetch());
      Page<Record> page = page(rows, request.limit(), r -> Cursors.encode("audit", r.get(A_ID).toString()));
      Map<UUID, List<FieldChange>> changes = new LinkedHashMap<>();
      page.items().forEach(r -> changes.put(r.get(A_ID), new ArrayList<>()));
      if (!changes.isEmpty()) {
        db.select(AC_AUDIT, AC_FIELD, AC_BEFORE, AC_AFTER).from(AUDIT_CHANGES)
            .where(AC_ORG.eq(org).and(AC_AUDIT.in(changes.keySet())))
            .orderBy(AC_AUDIT, AC_SEQ)
            .forEach(r -> changes.get(r.get(AC_AUDIT)).add(new FieldChange(r.get(AC_FIELD), r.get(AC_BEFORE), r.get(AC_AFTER))));
      }
      List<AuditEntry> entries = page.items().stream()
          .map(r -> new AuditEntry(r.get(A_ID), organizationId, customerId, r.get(A_ACTION), r.get(A_ACTOR), r.get(A_REASON),
              Rows.instant(r.get(A_AT)), changes.get(r.get(A_ID))))
          .toList();
      return new Page<>(entries, page.nextCursor());
    }
  }

  private final class Outbox implements EventOutbox {
    @Override
    public void append(OutboxMessage message) {
      db.insertInto(OUTBOX)
          .set(E_ORG, message.organizationId().value())
          .set(E_ID, message.id())
          .set(E_TYPE, message.type())
          .set(E_AT, Rows.utc(message.occurredAt()))
          .set(E_PAYLOAD, message.payload())
          .set(E_DELIVERED, false)
          .execute();
    }

    @Override
    public List<OutboxMessage> pending(int limit) {
      return db.select(E_ORG, E_ID, E_TYPE, E_AT, E_PAYLOAD).from(OUTBOX).where(E_DELIVERED.eq(false))
          .orderBy(E_ID).limit(limit)
          .fetch(r -> new OutboxMessage(r.get(E_ID), OrganizationId.of(r.get(E_ORG)), r.get(E_TYPE),
              Rows.instant(r.get(E_AT)), r.get(E_PAYLOAD)));
    }

    @Override
    public void markDelivered(Collection<UUID> ids) {
      if (ids.isEmpty()) {
        return;
      }
      db.update(OUTBOX).set(E_DELIVERED, true).where(E_DELIVERED.eq(false).and(E_ID.in(ids))).execute();
    }
  }
}
