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
import dev.customers.api.spi.SearchFields;
import dev.customers.api.spi.SearchText;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
    Person person = tables.person(customer.personId());
    if (person == null) {
      throw new NotFoundException("person", customer.personId());
    }
    OrganizationId org = customer.organizationId();
    Map<OrganizationId, CustomerId> rosters = Maps.inner(tables.rostersOf, customer.personId());
    CustomerId already = rosters.get(org);
    if (already != null) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "person " + customer.personId() + " is already on this roster as customer " + already,
          already.toString());
    }
    Map<CustomerId, Customer> roster = Maps.inner(tables.customers, org);
    if (roster.containsKey(customer.id())) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "customer " + customer.id() + " already exists",
          customer.id().toString());
    }
    String email = emailKey(person);
    if (email != null && !customer.isArchived()) {
      Map<String, CustomerId> emails = Maps.inner(tables.activeEmails, org);
      CustomerId holder = emails.get(email);
      if (holder != null) {
        throw duplicateEmail(email, holder);
      }
      changes.put(emails, email, customer.id());
    }
    changes.put(roster, customer.id(), customer);
    changes.put(rosters, org, customer.id());
  }

  @Override
  public Optional<RosterEntry> find(OrganizationId organizationId, CustomerId id) {
    Customer customer = tables.customers.getOrDefault(organizationId, Map.of()).get(id);
    return Optional.ofNullable(customer).map(tables::entry);
  }

  @Override
  public Optional<Customer> findByPerson(OrganizationId organizationId, PersonId personId) {
    CustomerId id = tables.rostersOf.getOrDefault(personId, Map.of()).get(organizationId);
    return id == null
        ? Optional.empty()
        : Optional.ofNullable(Maps.peek(tables.customers, organizationId).get(id));
  }

  @Override
  public List<Customer> ofPerson(PersonId personId) {
    List<Customer> customers = new ArrayList<>();
    tables
        .rostersOf
        .getOrDefault(personId, Map.of())
        .forEach(
            (organizationId, id) -> {
              Customer customer = Maps.peek(tables.customers, organizationId).get(id);
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
    Map<CustomerId, Customer> roster =
        tables.customers.getOrDefault(updated.organizationId(), Map.of());
    Customer stored = roster.get(updated.id());
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
    changes.put(roster, updated.id(), updated);
  }

  @Override
  public Page<RosterEntry> list(
      OrganizationId organizationId, CustomerQuery query, Criterion criterion) {
    Function<Customer, String> key =
        query.sort() == CustomerSort.NAME
            ? c -> tables.searchFieldsOf(c.personId()).sortName()
            : c -> c.joinedOn().toString();
    Comparator<Customer> order = Comparator.comparing(key).thenComparing(c -> c.id().toString());
    if (query.direction() == SortDirection.DESC) {
      order = order.reversed();
    }
    String tag = "list:" + query.sort() + ":" + query.direction();
    List<String> after = query.cursor() == null ? null : Cursors.decode(query.cursor(), tag, 2);
    List<Customer> matches = new ArrayList<>();
    for (Customer customer : tables.customers.getOrDefault(organizationId, Map.of()).values()) {
      if (query.status().includes(customer.status())
          && criteria.matches(customer, criterion)
          && (after == null
              || isAfter(
                  key.apply(customer), customer.id().toString(), after, query.direction()))) {
        matches.add(customer);
      }
    }
    matches.sort(order);
    List<RosterEntry> page = matches.stream().limit(query.limit()).map(tables::entry).toList();
    String next = null;
    if (matches.size() > query.limit()) {
      Customer last = matches.get(query.limit() - 1);
      next = Cursors.encode(tag, key.apply(last), last.id().toString());
    }
    return new Page<>(page, next);
  }

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
    Cursors.Keys after = query.cursor() == null ? null : Cursors.read(query.cursor(), "search", 3);
    MatchTier afterTier = after == null ? null : after.constant(0, MatchTier.class);
    List<Ranked> matches = new ArrayList<>();
    for (Customer customer : tables.customers.getOrDefault(organizationId, Map.of()).values()) {
      if (!query.status().includes(customer.status()) || !criteria.matches(customer, criterion)) {
        continue;
      }
      SearchFields keys = tables.searchFieldsOf(customer.personId());
      MatchTier tier = keys.match(text, digits);
      if (tier == null && criteria.fieldContains(customer, fields, text)) {
        tier = MatchTier.FIELD;
      }
      if (tier == null) {
        continue;
      }
      Ranked ranked = new Ranked(customer, tier, keys.sortName());
      if (after == null || afterTier == null || ranked.isAfter(afterTier, after)) {
        matches.add(ranked);
      }
    }
    matches.sort(Ranked.ORDER);
    List<SearchHit> hits =
        matches.stream()
            .limit(query.limit())
            .map(r -> new SearchHit(tables.entry(r.customer), r.tier))
            .toList();
    String next = null;
    if (matches.size() > query.limit()) {
      Ranked last = matches.get(query.limit() - 1);
      next =
          Cursors.encode("search", last.tier.name(), last.sortName, last.customer.id().toString());
    }
    return new Page<>(hits, next);
  }

  @Override
  public List<RosterEntry> withBirthdays(OrganizationId organizationId, Set<MonthDay> days) {
    List<RosterEntry> found = new ArrayList<>();
    for (Customer customer : tables.customers.getOrDefault(organizationId, Map.of()).values()) {
      Person person = tables.person(customer.personId());
      if (!customer.isArchived()
          && person.birthday() != null
          && days.contains(MonthDay.from(person.birthday()))) {
        found.add(new RosterEntry(customer, person));
      }
    }
    return found;
  }

  /** A search match with the keys it is ordered by. */
  private record Ranked(Customer customer, MatchTier tier, String sortName) {
    static final Comparator<Ranked> ORDER =
        Comparator.comparing(Ranked::tier)
            .thenComparing(Ranked::sortName)
            .thenComparing(r -> r.customer.id().toString());

    boolean isAfter(MatchTier afterTier, Cursors.Keys cursor) {
      int byTier = tier.compareTo(afterTier);
      if (byTier != 0) {
        return byTier > 0;
      }
      int byName = sortName.compareTo(cursor.text(1));
      return byName != 0 ? byName > 0 : customer.id().toString().compareTo(cursor.text(2)) > 0;
    }
  }
}
