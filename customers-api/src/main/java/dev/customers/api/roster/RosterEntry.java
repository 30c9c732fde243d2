package dev.customers.api.roster;

import static java.util.Objects.requireNonNull;

import dev.customers.api.CustomerId;

/** A customer with their person's details, as lists and searches return them. */
public record RosterEntry(Customer customer, Person person) {
  public RosterEntry {
    requireNonNull(customer, "customer");
    requireNonNull(person, "person");
    if (!customer.personId().equals(person.id())) {
      throw new IllegalArgumentException(
          "customer " + customer.id() + " belongs to person " + customer.personId());
    }
  }

  public CustomerId id() {
    return customer.id();
  }

  public String displayName() {
    return person.displayName();
  }
}
