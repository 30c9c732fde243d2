package dev.customers.core.memory;

import static dev.customers.core.memory.RosterTables.duplicateEmail;
import static dev.customers.core.memory.RosterTables.emailKey;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.NotFoundException;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PersonId;
import dev.customers.api.roster.Customer;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.CustomerSort;
import dev.customers.api.roster.MatchTier;
import dev.customers.api.roster.Person;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.roster.SortDirection;
import dev.customers.api.spi.Criterion;
import dev.customers.api.spi.Cursors;
import dev.customers.api.spi.CustomerStore;
import dev.customers.api.spi.FieldRef;
import dev.customers.api.spi.SearchText;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Customers in memory: one person per roster and one active email per organization are kept by
 * indexes; lists, search and criteria scan the organization's roster.
 */
final class InMemoryCustomerStore implements CustomerStore {
  private final RosterTables tables;
  private final InMemoryCriteria criteria;
  private final Changes changes;

  InMemoryCustomerStore(RosterTables tables, InMemoryCriteria criteria, Changes changes) {
    this.tables = tables;
    this.criteria = criteria;
    this.changes = changes;
  }

  @Override
  public void insert(Customer customer) {
    insertAll(List.of(customer));
  }

  @Override
  public void insertAll(List<Customer> customers) {
    Map<OrganizationId, List<Customer>> byRoster = new java.util.LinkedHashMap<>();
    Set<CustomerId> ids = new java.util.HashSet<>();
    Changes.Batch<PersonId, Map<OrganizationId, CustomerId>> rosters =
        changes.batch(tables.rostersOf);
    Map<OrganizationId, Changes.Batch<String, CustomerId>> emails = new java.util.HashMap<>();
    for (Customer customer : customers) {
      if (!ids.add(customer.id())) {
        throw alreadyExists(customer.id());
      }
      store(customer, rosters, emails);
      byRoster.computeIfAbsent(customer.organizationId(), k -> new ArrayList<>()).add(customer);
    }
    // One sort and merge per roster instead of one ordered insert per customer.
    byRoster.forEach(
        (organizationId, added) -> {
          SearchIndex index = tables.indexFor(organizationId);
          List<String> keys = new ArrayList<>(added.size());
          for (Customer customer : added) {
            keys.add(SearchKey.of(tables.person(customer.personId())));
          }
          if (added.size() == 1) {
            SearchIndex.Entry entry = index.add(added.get(0), keys.get(0));
            changes.onUndo(() -> index.remove(entry));
          } else {
            List<SearchIndex.Entry> entries = index.addAll(added, keys);
            changes.onUndo(() -> index.removeAll(entries));
          }
        });
  }

  private static ConflictException alreadyExists(CustomerId id) {
    return new ConflictException(
        ConflictException.Reason.DUPLICATE, "customer " + id + " already exists", id.toString());
  }

  /**
   * Checks the rules and writes the tables, all but the search index, which holds the customer
   * itself: the caller adds it there.
   */
  private void store(
      Customer customer,
      Changes.Batch<PersonId, Map<OrganizationId, CustomerId>> rosterWrites,
      Map<OrganizationId, Changes.Batch<String, CustomerId>> emailWrites) {
    Person person = tables.person(customer.personId());
    OrganizationId org = customer.organizationId();
    Map<OrganizationId, CustomerId> rosters = Maps.peek(tables.rostersOf, customer.personId());
    CustomerId already = rosters.get(org);
    if (already != null) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "person " + customer.personId() + " is already on this roster as customer " + already,
          already.toString());
    }
    if (stored(org, customer.id()) != null) {
      throw alreadyExists(customer.id());
    }
    String email = emailKey(person);
    if (email != null && !customer.isArchived()) {
      Map<String, CustomerId> emails = Maps.inner(tables.activeEmails, org);
      CustomerId holder = emails.get(email);
      if (holder != null) {
        throw duplicateEmail(email, holder);
      }
      emailWrites.computeIfAbsent(org, k -> changes.batch(emails)).put(email, customer.id());
    }
    // Immutable and replaced whole: most persons are on one roster, and a map of one entry is a
    // fraction of a HashMap's size.
    Map<OrganizationId, CustomerId> joined = new java.util.HashMap<>(rosters);
    joined.put(org, customer.id());
    rosterWrites.put(customer.personId(), Map.copyOf(joined));
  }

  @Override
  public Optional<RosterEntry> find(OrganizationId organizationId, CustomerId id) {
    return Optional.ofNullable(stored(organizationId, id)).map(tables::entry);
  }

  private @Nullable Customer stored(OrganizationId organizationId, CustomerId id) {
    return tables.customer(organizationId, id);
  }

  @Override
  public Optional<Customer> findByPerson(OrganizationId organizationId, PersonId personId) {
    CustomerId id = tables.rostersOf.getOrDefault(personId, Map.of()).get(organizationId);
    return id == null ? Optional.empty() : Optional.ofNullable(stored(organizationId, id));
  }

  @Override
  public List<Customer> ofPerson(PersonId personId) {
    List<Customer> customers = new ArrayList<>();
    tables
        .rostersOf
        .getOrDefault(personId, Map.of())
        .forEach(
            (organizationId, id) -> {
              Customer customer = stored(organizationId, id);
              if (customer != null) {
                customers.add(customer);
              }
            });
    customers.sort(Comparator.comparing(c -> c.id().value().toString()));
    return customers;
  }

  @Override
  public Optional<RosterEntry> findActiveByEmail(OrganizationId organizationId, String emailKey) {
    CustomerId id = tables.activeEmails.getOrDefault(organizationId, Map.of()).get(emailKey);
    return id == null ? Optional.empty() : find(organizationId, id);
  }

  @Override
  public void update(Customer updated, long expectedVersion) {
    Customer stored = stored(updated.organizationId(), updated.id());
    if (stored == null) {
      throw new NotFoundException("customer", updated.id());
    }
    if (stored.version() != expectedVersion) {
      throw ConflictException.staleVersion(
          "customer", updated.id(), expectedVersion, stored.version());
    }
    if (!stored.personId().equals(updated.personId())) {
      throw new IllegalArgumentException("a customer's person cannot change");
    }
    String email = emailKey(tables.person(stored.personId()));
    if (email != null && stored.isArchived() != updated.isArchived()) {
      Map<String, CustomerId> emails = Maps.inner(tables.activeEmails, updated.organizationId());
      if (updated.isArchived()) {
        changes.remove(emails, email);
      } else {
        CustomerId holder = emails.get(email);
        if (holder != null && !holder.equals(updated.id())) {
          throw duplicateEmail(email, holder);
        }
        changes.put(emails, email, updated.id());
      }
    }
    SearchIndex.Entry entry = tables.indexed(updated.organizationId(), updated.id());
    Customer before = entry.customer;
    entry.customer = updated;
    changes.onUndo(() -> entry.customer = before);
  }

  @Override
  public Page<RosterEntry> list(
      OrganizationId organizationId, CustomerQuery query, Criterion criterion) {
    Function<Customer, String> key =
        query.sort() == CustomerSort.NAME
            ? c -> SearchKey.sortName(tables.indexed(c.organizationId(), c.id()).key)
            : c -> c.joinedOn().toString();
    Comparator<Keyed> order = Comparator.comparing(Keyed::key).thenComparing(Keyed::id);
    if (query.direction() == SortDirection.DESC) {
      order = order.reversed();
    }
    String tag = "list:" + query.sort() + ":" + query.direction();
    List<String> after = query.cursor() == null ? null : Cursors.decode(query.cursor(), tag, 2);
    // Only the page and one more are kept, in a heap whose head is the last of them, and each
    // customer's sort key is made once: a page costs one pass over the roster, not a sort of it.
    int keep = query.limit() + 1;
    PriorityQueue<Keyed> smallest = new PriorityQueue<>(keep + 1, order.reversed());
    for (Customer customer : tables.customers(organizationId)) {
      if (!query.status().includes(customer.status()) || !criteria.matches(customer, criterion)) {
        continue;
      }
      Keyed keyed = new Keyed(key.apply(customer), customer.id().toString(), customer);
      if (after != null && !isAfter(keyed.key(), keyed.id(), after, query.direction())) {
        continue;
      }
      smallest.add(keyed);
      if (smallest.size() > keep) {
        smallest.poll();
      }
    }
    List<Keyed> matches = new ArrayList<>(smallest);
    matches.sort(order);
    List<RosterEntry> page =
        matches.stream().limit(query.limit()).map(k -> tables.entry(k.customer())).toList();
    String next = null;
    if (matches.size() > query.limit()) {
      Keyed last = matches.get(query.limit() - 1);
      next = Cursors.encode(tag, last.key(), last.id());
    }
    return new Page<>(page, next);
  }

  /** A customer with the key it is listed by, made once per listing. */
  private record Keyed(String key, String id, Customer customer) {}

  private static boolean isAfter(
      String key, String id, List<String> cursor, SortDirection direction) {
    int byKey = key.compareTo(cursor.get(0));
    int compared = byKey != 0 ? byKey : id.compareTo(cursor.get(1));
    return direction == SortDirection.ASC ? compared > 0 : compared < 0;
  }

  @Override
  public Page<SearchHit> search(
      OrganizationId organizationId, SearchQuery query, Criterion criterion, Set<FieldRef> fields) {
    String text = SearchText.normalize(query.text());
    String digits = SearchText.isPhoneQuery(query.text()) ? SearchText.digits(query.text()) : null;
    Cursors.Keys keys = query.cursor() == null ? null : Cursors.read(query.cursor(), "search", 3);
    SearchIndex.After after =
        keys == null
            ? null
            : new SearchIndex.After(keys.constant(0, MatchTier.class), keys.text(1), keys.uuid(2));
    SearchIndex index = tables.indexes.get(organizationId);
    if (index == null) {
      return Page.last(List.of());
    }
    int want = query.limit() + 1;
    Predicate<Customer> keep =
        customer ->
            query.status().includes(customer.status()) && criteria.matches(customer, criterion);
    List<SearchIndex.Hit> hits = new ArrayList<>();
    if (after == null || after.tier() != MatchTier.FIELD) {
      hits.addAll(index.search(text, digits, keep, after, want));
    }
    if (hits.size() < want && !fields.isEmpty()) {
      hits.addAll(
          fieldTier(organizationId, index, text, digits, fields, keep, after, want - hits.size()));
    }
    List<SearchHit> page =
        hits.stream()
            .limit(query.limit())
            .map(h -> new SearchHit(tables.entry(h.entry().customer), h.tier()))
            .toList();
    String next = null;
    if (hits.size() > query.limit()) {
      SearchIndex.Entry last = hits.get(query.limit() - 1).entry();
      next =
          Cursors.encode(
              "search",
              hits.get(query.limit() - 1).tier().name(),
              SearchKey.sortName(last.key),
              last.id.toString());
    }
    return new Page<>(page, next);
  }

  /**
   * Customers that match no name tier but hold the text in a field value the caller may view: found
   * from the field values that hold it, not by visiting every customer.
   */
  private List<SearchIndex.Hit> fieldTier(
      OrganizationId organizationId,
      SearchIndex index,
      String text,
      @Nullable String digits,
      Set<FieldRef> fields,
      Predicate<Customer> keep,
      SearchIndex.@Nullable After after,
      int room) {
    List<SearchIndex.Entry> found = new ArrayList<>();
    for (java.util.UUID owner : criteria.ownersThatMayHold(organizationId, text)) {
      SearchIndex.Entry entry = index.entry(CustomerId.of(owner));
      if (entry == null) {
        CustomerId id =
            Maps.peek(tables.rostersOf, dev.customers.api.PersonId.of(owner)).get(organizationId);
        entry = id == null ? null : index.entry(id);
      }
      if (entry != null
          && SearchKey.match(entry.key, text, digits) == null
          && keep.test(entry.customer)
          && criteria.fieldContains(entry.customer, fields, text)
          && (after == null || after.tier() != MatchTier.FIELD || isAfter(entry, after))) {
        found.add(entry);
      }
    }
    return found.stream()
        .distinct()
        .sorted(SearchIndex.NAME_ORDER)
        .limit(room)
        .map(e -> new SearchIndex.Hit(e, MatchTier.FIELD))
        .toList();
  }

  private static boolean isAfter(SearchIndex.Entry entry, SearchIndex.After after) {
    int byName = SearchKey.compareSortName(entry.key, after.sortName());
    return byName != 0 ? byName > 0 : SearchIndex.compareIds(entry.id.value(), after.id()) > 0;
  }

  @Override
  public List<RosterEntry> withBirthdays(OrganizationId organizationId, Set<MonthDay> days) {
    List<RosterEntry> found = new ArrayList<>();
    for (Customer customer : tables.customers(organizationId)) {
      Person person = tables.person(customer.personId());
      if (!customer.isArchived()
          && person.birthday() != null
          && days.contains(MonthDay.from(person.birthday()))) {
        found.add(new RosterEntry(customer, person));
      }
    }
    return found;
  }
}
