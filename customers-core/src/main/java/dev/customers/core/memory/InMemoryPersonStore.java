package dev.customers.core.memory;

import static dev.customers.core.memory.RosterTables.duplicateEmail;
import static dev.customers.core.memory.RosterTables.emailKey;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.NotFoundException;
import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import dev.customers.api.roster.Customer;
import dev.customers.api.roster.Person;
import dev.customers.api.spi.PersonStore;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Persons in memory, keeping their search keys and the active-email index of every roster they are
 * on.
 */
final class InMemoryPersonStore implements PersonStore {
  private final RosterTables tables;
  private final Changes changes;

  InMemoryPersonStore(RosterTables tables, Changes changes) {
    this.tables = tables;
    this.changes = changes;
  }

  @Override
  public void insert(Person person) {
    insertAll(List.of(person));
  }

  @Override
  public void insertAll(List<Person> persons) {
    Changes.Batch<PersonId, Person> batch = changes.batch(tables.persons);
    for (Person person : persons) {
      if (tables.persons.containsKey(person.id())) {
        throw new ConflictException(
            ConflictException.Reason.DUPLICATE,
            "person " + person.id() + " already exists",
            person.id().toString());
      }
      batch.put(person.id(), person);
    }
  }

  @Override
  public Optional<Person> find(PersonId id) {
    return Optional.ofNullable(tables.persons.get(id));
  }

  @Override
  public void update(Person updated, long expectedVersion) {
    Person stored = tables.persons.get(updated.id());
    if (stored == null) {
      throw new NotFoundException("person", updated.id());
    }
    if (stored.version() != expectedVersion) {
      throw ConflictException.staleVersion(
          "person", updated.id(), expectedVersion, stored.version());
    }
    String before = emailKey(stored);
    String after = emailKey(updated);
    Map<OrganizationId, CustomerId> rosters = Maps.peek(tables.rostersOf, updated.id());
    if (after != null && !after.equals(before)) {
      for (Map.Entry<OrganizationId, CustomerId> roster : rosters.entrySet()) {
        CustomerId holder = Maps.peek(tables.activeEmails, roster.getKey()).get(after);
        if (holder != null && !holder.equals(roster.getValue())) {
          throw duplicateEmail(after, holder);
        }
      }
    }
    changes.put(tables.persons, updated.id(), updated);
    String key = SearchKey.of(updated);
    for (Map.Entry<OrganizationId, CustomerId> roster : rosters.entrySet()) {
      SearchIndex index = tables.indexFor(roster.getKey());
      SearchIndex.Entry entry = index.entry(roster.getValue());
      if (entry != null) {
        String previous = entry.key;
        index.reindex(entry, key);
        changes.onUndo(() -> index.reindex(entry, previous));
      }
    }
    if (!Objects.equals(before, after)) {
      for (Map.Entry<OrganizationId, CustomerId> roster : rosters.entrySet()) {
        Customer customer = tables.customer(roster.getKey(), roster.getValue());
        if (customer != null && !customer.isArchived()) {
          Map<String, CustomerId> emails = Maps.inner(tables.activeEmails, roster.getKey());
          if (before != null) {
            changes.remove(emails, before);
          }
          if (after != null) {
            changes.put(emails, after, customer.id());
          }
        }
      }
    }
  }
}
