package dev.customers.core.memory;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.Customer;
import dev.customers.api.roster.Person;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.spi.OutboxMessage;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory tables of the roster: organizations, persons, customers (in each roster's search
 * index) and the indexes that keep a person once per roster and an email once per organization, the
 * audit trail and the outbox.
 */
final class RosterTables {
  final Map<OrganizationId, Organization> organizations = new HashMap<>();
  final Map<PersonId, Person> persons = new HashMap<>();
  final Map<PersonId, Map<OrganizationId, CustomerId>> rostersOf = new HashMap<>();
  final Map<OrganizationId, Map<String, CustomerId>> activeEmails = new HashMap<>();
  final Map<OrganizationId, Map<CustomerId, StoredAudit[]>> audit = new HashMap<>();
  final StoredAudit.Names auditNames = new StoredAudit.Names();
  final Map<UUID, OutboxMessage> outbox = new LinkedHashMap<>();
  final Map<OrganizationId, SearchIndex> indexes = new HashMap<>();

  /** The roster's search index, made when its first customer is written. */
  SearchIndex indexFor(OrganizationId organizationId) {
    return indexes.computeIfAbsent(organizationId, k -> new SearchIndex());
  }

  /** A stored customer, or null. The search index holds every customer: there is no second map. */
  @Nullable Customer customer(OrganizationId organizationId, CustomerId id) {
    SearchIndex index = indexes.get(organizationId);
    SearchIndex.Entry entry = index == null ? null : index.entry(id);
    return entry == null ? null : entry.customer;
  }

  /** Every customer of a roster, in no particular order. */
  java.util.List<Customer> customers(OrganizationId organizationId) {
    SearchIndex index = indexes.get(organizationId);
    return index == null
        ? java.util.List.of()
        : index.entries().stream().map(e -> e.customer).toList();
  }

  /** The roster's search index entry of a stored customer, always there. */
  SearchIndex.Entry indexed(OrganizationId organizationId, CustomerId id) {
    SearchIndex index = indexes.get(organizationId);
    SearchIndex.Entry entry = index == null ? null : index.entry(id);
    if (entry == null) {
      throw new IllegalStateException("customer " + id + " is missing from the search index");
    }
    return entry;
  }

  boolean isActive(OrganizationId organizationId, CustomerId id) {
    Customer customer = customer(organizationId, id);
    return customer != null && !customer.isArchived();
  }

  RosterEntry entry(Customer customer) {
    return new RosterEntry(customer, person(customer.personId()));
  }

  /** A stored person; every customer's person is stored first, so it is always there. */
  Person person(PersonId id) {
    Person person = persons.get(id);
    if (person == null) {
      throw new IllegalStateException("person " + id + " of a stored customer is missing");
    }
    return person;
  }

  static @Nullable String emailKey(Person person) {
    return person.email() == null ? null : person.email().key();
  }

  static ConflictException duplicateEmail(String emailKey, CustomerId holder) {
    return new ConflictException(
        ConflictException.Reason.DUPLICATE,
        "email " + emailKey + " already belongs to active customer " + holder,
        holder.toString());
  }
}
