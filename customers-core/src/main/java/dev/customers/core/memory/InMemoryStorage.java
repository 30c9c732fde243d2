package dev.customers.core.memory;

import static java.util.Objects.requireNonNull;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.NotFoundException;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.PersonId;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.Customer;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.CustomerSort;
import dev.customers.api.roster.MatchTier;
import dev.customers.api.roster.Person;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.roster.SortDirection;
import dev.customers.api.spi.AuditStore;
import dev.customers.api.spi.ConsentStore;
import dev.customers.api.spi.Criterion;
import dev.customers.api.spi.Cursors;
import dev.customers.api.spi.CustomerStore;
import dev.customers.api.spi.EventOutbox;
import dev.customers.api.spi.FieldRef;
import dev.customers.api.spi.FieldStore;
import dev.customers.api.spi.MetricStore;
import dev.customers.api.spi.NoteStore;
import dev.customers.api.spi.OrganizationStore;
import dev.customers.api.spi.OutboxMessage;
import dev.customers.api.spi.PersonStore;
import dev.customers.api.spi.SearchFields;
import dev.customers.api.spi.SearchText;
import dev.customers.api.spi.Storage;
import dev.customers.api.spi.StoreSession;
import dev.customers.api.spi.StoreWork;
import dev.customers.api.spi.TagStore;
import java.time.MonthDay;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Storage in the JVM's memory. Transactions are serialized by a write lock and undone from a log
 * when they fail, so a failed call leaves nothing behind; reads share a read lock. Search keeps a
 * normalized copy of every person's searchable fields, updated on write.
 */
public final class InMemoryStorage implements Storage {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final ThreadLocal<@Nullable Session> current = new ThreadLocal<>();

  private final Map<OrganizationId, Organization> organizations = new HashMap<>();
  private final Map<PersonId, Person> persons = new HashMap<>();
  private final Map<PersonId, SearchFields> searchKeys = new HashMap<>();
  private final Map<OrganizationId, Map<CustomerId, Customer>> customers = new HashMap<>();
  private final Map<PersonId, Map<OrganizationId, CustomerId>> rostersOf = new HashMap<>();
  private final Map<OrganizationId, Map<String, CustomerId>> activeEmails = new HashMap<>();
  private final Map<OrganizationId, Map<CustomerId, List<AuditEntry>>> audit = new HashMap<>();
  private final Map<UUID, OutboxMessage> outbox = new LinkedHashMap<>();
  private final ProfileTables profile = new ProfileTables(
      (org, id) -> {
        Customer customer = customers.getOrDefault(org, Map.of()).get(id);
        return customer != null && !customer.isArchived();
      });

  @Override
  public <T> T inTransaction(StoreWork<T> work) {
    return run(work, false);
  }

  @Override
  public <T> T read(StoreWork<T> work) {
    return run(work, true);
  }

  private <T> T run(StoreWork<T> work, boolean readOnly) {
    requireNonNull(work, "work");
    Session joined = current.get();
    if (joined != null) {
      if (joined.readOnly && !readOnly) {
        throw new IllegalStateException("cannot start a write transaction inside a read-only one");
      }
      return work.run(joined);
    }
    ReentrantReadWriteLock.ReadLock readLock = lock.readLock();
    ReentrantReadWriteLock.WriteLock writeLock = lock.writeLock();
    if (readOnly) {
      readLock.lock();
    } else {
      writeLock.lock();
    }
    Session session = new Session(readOnly);
    current.set(session);
    try {
      return work.run(session);
    } catch (Throwable failure) {
      session.rollback();
      throw failure;
    } finally {
      current.remove();
      if (readOnly) {
        readLock.unlock();
      } else {
        writeLock.unlock();
      }
    }
  }

  /** One transaction's view: its stores and the log that undoes its writes. */
  private final class Session implements StoreSession, Changes {
    private final boolean readOnly;
    private final Deque<Runnable> undo = new ArrayDeque<>();
    private final Organizations organizationStore = new Organizations(this);
    private final Persons personStore = new Persons(this);
    private final Customers customerStore = new Customers(this);
    private final Audit auditStore = new Audit(this);
    private final Outbox outboxStore = new Outbox(this);
    private final ProfileTables.Stores profileStores = profile.stores(this);

    Session(boolean readOnly) {
      this.readOnly = readOnly;
    }

    @Override
    public OrganizationStore organizations() {
      return organizationStore;
    }

    @Override
    public PersonStore persons() {
      return personStore;
    }

    @Override
    public CustomerStore customers() {
      return customerStore;
    }

    @Override
    public AuditStore audit() {
      return auditStore;
    }

    @Override
    public EventOutbox outbox() {
      return outboxStore;
    }

    @Override
    public FieldStore fields() {
      return profileStores.fields();
    }

    @Override
    public TagStore tags() {
      return profileStores.tags();
    }

    @Override
    public NoteStore notes() {
      return profileStores.notes();
    }

    @Override
    public MetricStore metrics() {
      return profileStores.metrics();
    }

    @Override
    public ConsentStore consent() {
      return profileStores.consent();
    }

    void checkWritable() {
      if (readOnly) {
        throw new IllegalStateException("write in a read-only transaction");
      }
    }

    @Override
    public <K, V> void put(Map<K, V> map, K key, V value) {
      checkWritable();
      V previous = map.put(key, value);
      undo.push(() -> restore(map, key, previous));
    }

    @Override
    public <K, V> void remove(Map<K, V> map, K key) {
      checkWritable();
      V previous = map.remove(key);
      undo.push(() -> restore(map, key, previous));
    }

    void rollback() {
      while (!undo.isEmpty()) {
        undo.pop().run();
      }
    }

    private <K, V> void restore(Map<K, V> map, K key, @Nullable V previous) {
      if (previous == null) {
        map.remove(key);
      } else {
        map.put(key, previous);
      }
    }
  }

  private static <K, K2, V> Map<K2, V> inner(Map<K, Map<K2, V>> map, K key) {
    return map.computeIfAbsent(key, k -> new HashMap<>());
  }

  private final class Organizations implements OrganizationStore {
    private final Session session;

    Organizations(Session session) {
      this.session = session;
    }

    @Override
    public void insert(Organization organization) {
      if (organizations.containsKey(organization.id())) {
        throw new ConflictException(ConflictException.Reason.DUPLICATE,
            "organization " + organization.id() + " already exists", organization.id().toString());
      }
      session.put(organizations, organization.id(), organization);
    }

    @Override
    public Optional<Organization> find(OrganizationId id) {
      return Optional.ofNullable(organizations.get(id));
    }

    @Override
    public Page<Organization> list(PageRequest page) {
      String after = page.cursor() == null ? null : Cursors.decode(page.cursor(), "organizations", 1).get(0);
      List<Organization> sorted = organizations.values().stream()
          .filter(o -> after == null || o.id().toString().compareTo(after) > 0)
          .sorted(Comparator.comparing(o -> o.id().toString()))
          .toList();
      if (sorted.size() <= page.limit()) {
        return Page.last(sorted);
      }
      List<Organization> items = sorted.subList(0, page.limit());
      return new Page<>(items, Cursors.encode("organizations", items.get(items.size() - 1).id().toString()));
    }
  }

  private final class Persons implements PersonStore {
    private final Session session;

    Persons(Session session) {
      this.session = session;
    }

    @Override
    public void insert(Person person) {
      if (persons.containsKey(person.id())) {
        throw new ConflictException(ConflictException.Reason.DUPLICATE, "person " + person.id() + " already exists",
            person.id().toString());
      }
      session.put(persons, person.id(), person);
      session.put(searchKeys, person.id(), SearchFields.of(person));
    }

    @Override
    public Optional<Person> find(PersonId id) {
      return Optional.ofNullable(persons.get(id));
    }

    @Override
    public void update(Person updated, long expectedVersion) {
      Person stored = persons.get(updated.id());
      if (stored == null) {
        throw new NotFoundException("person", updated.id());
      }
      if (stored.version() != expectedVersion) {
        throw ConflictException.staleVersion("person", updated.id(), expectedVersion, stored.version());
      }
      String before = emailKey(stored);
      String after = emailKey(updated);
      Map<OrganizationId, CustomerId> rosters = rostersOf.getOrDefault(updated.id(), Map.of());
      if (after != null && !after.equals(before)) {
        for (Map.Entry<OrganizationId, CustomerId> roster : rosters.entrySet()) {
          CustomerId holder = activeEmails.getOrDefault(roster.getKey(), Map.of()).get(after);
          if (holder != null && !holder.equals(roster.getValue())) {
            throw duplicateEmail(after, holder);
          }
        }
      }
      session.put(persons, updated.id(), updated);
      session.put(searchKeys, updated.id(), SearchFields.of(updated));
      if (!java.util.Objects.equals(before, after)) {
        for (Map.Entry<OrganizationId, CustomerId> roster : rosters.entrySet()) {
          Customer customer = customers.get(roster.getKey()).get(roster.getValue());
          if (!customer.isArchived()) {
            Map<String, CustomerId> emails = inner(activeEmails, roster.getKey());
            if (before != null) {
              session.remove(emails, before);
            }
            if (after != null) {
              session.put(emails, after, customer.id());
            }
          }
        }
      }
    }
  }

  private static @Nullable String emailKey(Person person) {
    return person.email() == null ? null : person.email().key();
  }

  private static ConflictException duplicateEmail(String emailKey, CustomerId holder) {
    return new ConflictException(ConflictException.Reason.DUPLICATE,
        "email " + emailKey + " already belongs to active customer " + holder, holder.toString());
  }

  private final class Customers implements CustomerStore {
    private final Session session;

    Customers(Session session) {
      this.session = session;
    }

    @Override
    public void insert(Customer customer) {
      Person person = persons.get(customer.personId());
      if (person == null) {
        throw new NotFoundException("person", customer.personId());
      }
      OrganizationId org = customer.organizationId();
      Map<OrganizationId, CustomerId> rosters = inner(rostersOf, customer.personId());
      CustomerId already = rosters.get(org);
      if (already != null) {
        throw new ConflictException(ConflictException.Reason.DUPLICATE,
            "person " + customer.personId() + " is already on this roster as customer " + already, already.toString());
      }
      Map<CustomerId, Customer> roster = inner(customers, org);
      if (roster.containsKey(customer.id())) {
        throw new ConflictException(ConflictException.Reason.DUPLICATE, "customer " + customer.id() + " already exists",
            customer.id().toString());
      }
      String email = emailKey(person);
      if (email != null && !customer.isArchived()) {
        Map<String, CustomerId> emails = inner(activeEmails, org);
        CustomerId holder = emails.get(email);
        if (holder != null) {
          throw duplicateEmail(email, holder);
        }
        session.put(emails, email, customer.id());
      }
      session.put(roster, customer.id(), customer);
      session.put(rosters, org, customer.id());
    }

    @Override
    public Optional<RosterEntry> find(OrganizationId organizationId, CustomerId id) {
      Customer customer = customers.getOrDefault(organizationId, Map.of()).get(id);
      return Optional.ofNullable(customer).map(this::entry);
    }

    @Override
    public Optional<Customer> findByPerson(OrganizationId organizationId, PersonId personId) {
      CustomerId id = rostersOf.getOrDefault(personId, Map.of()).get(organizationId);
      return id == null ? Optional.empty() : Optional.of(customers.get(organizationId).get(id));
    }

    @Override
    public Optional<RosterEntry> findActiveByEmail(OrganizationId organizationId, String emailKey) {
      CustomerId id = activeEmails.getOrDefault(organizationId, Map.of()).get(emailKey);
      return id == null ? Optional.empty() : find(organizationId, id);
    }

    @Override
    public void update(Customer updated, long expectedVersion) {
      Map<CustomerId, Customer> roster = customers.getOrDefault(updated.organizationId(), Map.of());
      Customer stored = roster.get(updated.id());
      if (stored == null) {
        throw new NotFoundException("customer", updated.id());
      }
      if (stored.version() != expectedVersion) {
        throw ConflictException.staleVersion("customer", updated.id(), expectedVersion, stored.version());
      }
      if (!stored.personId().equals(updated.personId())) {
        throw new IllegalArgumentException("a customer's person cannot change");
      }
      String email = emailKey(persons.get(stored.personId()));
      if (email != null && stored.isArchived() != updated.isArchived()) {
        Map<String, CustomerId> emails = inner(activeEmails, updated.organizationId());
        if (updated.isArchived()) {
          session.remove(emails, email);
        } else {
          CustomerId holder = emails.get(email);
          if (holder != null && !holder.equals(updated.id())) {
            throw duplicateEmail(email, holder);
          }
          session.put(emails, email, updated.id());
        }
      }
      session.put(roster, updated.id(), updated);
    }

    @Override
    public Page<RosterEntry> list(OrganizationId organizationId, CustomerQuery query, Criterion criterion) {
      Function<Customer, String> key = query.sort() == CustomerSort.NAME
          ? c -> searchKeys.get(c.personId()).sortName()
          : c -> c.joinedOn().toString();
      Comparator<Customer> order = Comparator.comparing(key).thenComparing(c -> c.id().toString());
      if (query.direction() == SortDirection.DESC) {
        order = order.reversed();
      }
      String tag = "list:" + query.sort() + ":" + query.direction();
      List<String> after = query.cursor() == null ? null : Cursors.decode(query.cursor(), tag, 2);
      List<Customer> matches = new ArrayList<>();
      for (Customer customer : customers.getOrDefault(organizationId, Map.of()).values()) {
        if (query.status().includes(customer.status()) && profile.matches(customer, criterion)
            && (after == null || isAfter(key.apply(customer), customer.id().toString(), after, query.direction()))) {
          matches.add(customer);
        }
      }
      matches.sort(order);
      List<RosterEntry> page = matches.stream().limit(query.limit()).map(this::entry).toList();
      String next = null;
      if (matches.size() > query.limit()) {
        Customer last = matches.get(query.limit() - 1);
        next = Cursors.encode(tag, key.apply(last), last.id().toString());
      }
      return new Page<>(page, next);
    }

    private static boolean isAfter(String key, String id, List<String> cursor, SortDirection direction) {
      int byKey = key.compareTo(cursor.get(0));
      int compared = byKey != 0 ? byKey : id.compareTo(cursor.get(1));
      return direction == SortDirection.ASC ? compared > 0 : compared < 0;
    }

    @Override
    public Page<SearchHit> search(OrganizationId organizationId, SearchQuery query, Criterion criterion,
        Set<FieldRef> fields) {
      String text = SearchText.normalize(query.text());
      String digits = SearchText.isPhoneQuery(query.text()) ? SearchText.digits(query.text()) : null;
      List<String> after = query.cursor() == null ? null : Cursors.decode(query.cursor(), "search", 3);
      List<Ranked> matches = new ArrayList<>();
      for (Customer customer : customers.getOrDefault(organizationId, Map.of()).values()) {
        if (!query.status().includes(customer.status()) || !profile.matches(customer, criterion)) {
          continue;
        }
        SearchFields keys = searchKeys.get(customer.personId());
        MatchTier tier = keys.match(text, digits);
        if (tier == null && profile.fieldContains(customer, fields, text)) {
          tier = MatchTier.FIELD;
        }
        if (tier == null) {
          continue;
        }
        Ranked ranked = new Ranked(customer, tier, keys.sortName());
        if (after == null || ranked.isAfter(after)) {
          matches.add(ranked);
        }
      }
      matches.sort(Ranked.ORDER);
      List<SearchHit> hits = matches.stream().limit(query.limit())
          .map(r -> new SearchHit(entry(r.customer), r.tier)).toList();
      String next = null;
      if (matches.size() > query.limit()) {
        Ranked last = matches.get(query.limit() - 1);
        next = Cursors.encode("search", last.tier.name(), last.sortName, last.customer.id().toString());
      }
      return new Page<>(hits, next);
    }

    @Override
    public List<RosterEntry> withBirthdays(OrganizationId organizationId, Set<MonthDay> days) {
      List<RosterEntry> found = new ArrayList<>();
      for (Customer customer : customers.getOrDefault(organizationId, Map.of()).values()) {
        Person person = persons.get(customer.personId());
        if (!customer.isArchived() && person.birthday() != null && days.contains(MonthDay.from(person.birthday()))) {
          found.add(new RosterEntry(customer, person));
        }
      }
      return found;
    }

    private RosterEntry entry(Customer customer) {
      return new RosterEntry(customer, persons.get(customer.personId()));
    }
  }

  /** A search match with the keys it is ordered by. */
  private record Ranked(Customer customer, MatchTier tier, String sortName) {
    static final Comparator<Ranked> ORDER = Comparator.comparing(Ranked::tier)
        .thenComparing(Ranked::sortName)
        .thenComparing(r -> r.customer.id().toString());

    boolean isAfter(List<String> cursor) {
      int byTier = tier.compareTo(MatchTier.valueOf(cursor.get(0)));
      if (byTier != 0) {
        return byTier > 0;
      }
      int byName = sortName.compareTo(cursor.get(1));
      return byName != 0 ? byName > 0 : customer.id().toString().compareTo(cursor.get(2)) > 0;
    }
  }

  private final class Audit implements AuditStore {
    private final Session session;

    Audit(Session session) {
      this.session = session;
    }

    @Override
    public void append(AuditEntry entry) {
      session.checkWritable();
      List<AuditEntry> entries = inner(audit, entry.organizationId()).computeIfAbsent(entry.customerId(), k -> new ArrayList<>());
      entries.add(entry);
      session.undo.push(() -> entries.remove(entry));
    }

    @Override
    public Page<AuditEntry> forCustomer(OrganizationId organizationId, CustomerId customerId, PageRequest page) {
      String after = page.cursor() == null ? null : Cursors.decode(page.cursor(), "audit", 1).get(0);
      List<AuditEntry> entries = audit.getOrDefault(organizationId, Map.of()).getOrDefault(customerId, List.of()).stream()
          .filter(e -> after == null || e.id().toString().compareTo(after) > 0)
          .sorted(Comparator.comparing(e -> e.id().toString()))
          .toList();
      if (entries.size() <= page.limit()) {
        return Page.last(entries);
      }
      List<AuditEntry> items = entries.subList(0, page.limit());
      return new Page<>(items, Cursors.encode("audit", items.get(items.size() - 1).id().toString()));
    }
  }

  private final class Outbox implements EventOutbox {
    private final Session session;

    Outbox(Session session) {
      this.session = session;
    }

    @Override
    public void append(OutboxMessage message) {
      session.put(outbox, message.id(), message);
    }

    @Override
    public List<OutboxMessage> pending(int limit) {
      return outbox.values().stream().limit(limit).toList();
    }

    @Override
    public void markDelivered(Collection<UUID> ids) {
      for (UUID id : ids) {
        if (outbox.containsKey(id)) {
          session.remove(outbox, id);
        }
      }
    }
  }
}
