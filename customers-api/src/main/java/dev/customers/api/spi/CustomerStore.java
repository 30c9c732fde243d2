package dev.customers.api.spi;

import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PersonId;
import dev.customers.api.roster.Customer;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.roster.SearchQuery;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores customers (a person on a roster). Every method is scoped to one organization and never
 * returns another organization's rows.
 *
 * <p>Two rules hold as constraints, whatever the caller checked first: a person is on a roster at
 * most once, and no two active customers of one organization share an email (compared by {@link
 * dev.customers.api.roster.EmailAddress#key()}). A write that breaks one throws a {@link
 * dev.customers.api.ConflictException} with reason DUPLICATE and changes nothing.
 */
public interface CustomerStore {

  /**
   * Inserts a customer whose person is already stored.
   *
   * @param customer the customer
   */
  void insert(Customer customer);

  /**
   * Inserts many customers whose persons are already stored, by the same rules as {@link #insert}
   * (all or, on the first broken rule, none: the transaction is rolled back). Adapters with a
   * faster path for many rows (one index build, batched statements) override it.
   *
   * @param customers the customers, in the order they were made
   */
  default void insertAll(List<Customer> customers) {
    for (Customer customer : customers) {
      insert(customer);
    }
  }

  /**
   * The customer with its person.
   *
   * @param id the id
   * @param organizationId the organization
   * @return the customer with its person
   */
  Optional<RosterEntry> find(OrganizationId organizationId, CustomerId id);

  /**
   * The person's customer on this roster.
   *
   * @param organizationId the organization
   * @param personId the person
   * @return the person's customer on this roster
   */
  Optional<Customer> findByPerson(OrganizationId organizationId, PersonId personId);

  /**
   * Every customer the person is, in every organization, ordered by id: how a change to a person
   * that several rosters share reaches each of them. The only read across organizations.
   *
   * @param personId the person
   * @return the person's customers in every organization, ordered by id
   */
  List<Customer> ofPerson(PersonId personId);

  /**
   * The active customer whose email key is {@code emailKey}, if any.
   *
   * @param emailKey the email as compared (lower case)
   * @param organizationId the organization
   * @return the active customer whose email key is {@code emailKey}, if any
   */
  Optional<RosterEntry> findActiveByEmail(OrganizationId organizationId, String emailKey);

  /**
   * The active customers holding these email keys, one query for many where the adapter can; the
   * default asks {@link #findActiveByEmail} for each.
   *
   * @param organizationId the organization
   * @param emailKeys lower-case email keys
   * @return the active customer of each key held
   */
  default java.util.Map<String, RosterEntry> findActiveByEmails(
      OrganizationId organizationId, java.util.Collection<String> emailKeys) {
    java.util.Map<String, RosterEntry> found = new java.util.HashMap<>();
    for (String key : emailKeys) {
      findActiveByEmail(organizationId, key).ifPresent(entry -> found.put(key, entry));
    }
    return found;
  }

  /**
   * Replaces a customer if the stored version is {@code expectedVersion}; otherwise throws a
   * STALE_VERSION conflict and changes nothing.
   *
   * @param expectedVersion the version the caller read; another stored version is a conflict
   * @param updated the new state
   */
  void update(Customer updated, long expectedVersion);

  /**
   * A page in the query's order, ties broken by customer id. Names sort by {@link
   * SearchText#sortName}; cursors are the adapter's own opaque text, and a cursor the adapter did
   * not make for this query's order is a validation error naming {@code cursor}. Only customers
   * {@code criterion} keeps are listed; the query's own {@code filter} is what the service resolved
   * into it, and a store ignores it.
   *
   * @param criterion the criterion
   * @param organizationId the organization
   * @param query what to find, in which order and page
   * @return a page in the query's order, ties broken by customer id
   */
  Page<RosterEntry> list(OrganizationId organizationId, CustomerQuery query, Criterion criterion);

  /**
   * A page of hits for {@link SearchText#normalize normalized} query text against the normalized
   * first name, last name, full name, email, username, and (when the text has digits and no
   * letters) the phone's digits, among the customers {@code criterion} keeps; then, in the FIELD
   * tier, customers matching none of those whose value of one of {@code fields} (the ones the
   * caller may view) contains the text in its {@link SearchText#fieldText} form. Ordered by tier,
   * then sort name, then id.
   *
   * @param criterion the criterion
   * @param fields the fields
   * @param organizationId the organization
   * @param query what to find, in which order and page
   * @return a page of hits for {@link SearchText#normalize normalized} query text against the
   *     normalized first name, last name, full name, email, username, and (when the text has digits
   *     and no letters) the phone's digits, among the customers {@code criterion} keeps; then, in
   *     the FIELD tier, customers matching none of those whose value of one of {@code fields} (the
   *     ones the caller may view) contains the text in its {@link SearchText#fieldText} form
   */
  Page<SearchHit> search(
      OrganizationId organizationId, SearchQuery query, Criterion criterion, Set<FieldRef> fields);

  /**
   * Active customers born on one of {@code days} (month and day), in no particular order.
   *
   * @param days the month-days
   * @param organizationId the organization
   * @return the entries, in no particular order
   */
  List<RosterEntry> withBirthdays(OrganizationId organizationId, Set<MonthDay> days);
}
