package dev.customers.api.roster;

import static java.util.Objects.requireNonNull;

import dev.customers.api.CustomerId;

/**
 * A customer's profile as the caller may see it. {@link #version()} is what an update must quote;
 * {@link #birthdayToday()} drives the birthday banner (in the organization's time zone).
 */
public record CustomerProfile(Customer customer, Person person, boolean birthdayToday) {
  public CustomerProfile {
    requireNonNull(customer, "customer");
    requireNonNull(person, "person");
  }

  public CustomerId id() {
    return customer.id();
  }

  public long version() {
    return customer.version();
  }

  public CustomerDetails details() {
    return person.details();
  }

  public RosterEntry entry() {
    return new RosterEntry(customer, person);
  }
}
