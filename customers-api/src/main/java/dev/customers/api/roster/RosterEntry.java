package dev.customers.api.roster;

import static java.util.Objects.requireNonNull;

import dev.customers.api.CustomerId;

/** A customer with their person's details, as lists and searches return them. */
public record RosterEntry(Customer customer, Person person) {
  /**
   * Checks the components.
   *
   * @param customer the customer
   * @param person the person
   */
  public RosterEntry {
    requireNonNull(customer, "customer");
    requireNonNull(person, "person");
    if (!customer.personId().equals(person.id())) {
      throw new IllegalArgumentException(
          "customer " + customer.id() + " belongs to person " + customer.personId());
    }
  }

  /**
   * The customer's id.
   *
   * @return the customer's id
   */
  public CustomerId id() {
    return customer.id();
  }

  /**
   * The person's first and last name.
   *
   * @return the person's first and last name
   */
  public String displayName() {
    return person.displayName();
  }
}
