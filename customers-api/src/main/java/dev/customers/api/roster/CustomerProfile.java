package dev.customers.api.roster;

import static java.util.Objects.requireNonNull;

import dev.customers.api.CustomerId;

/**
 * A customer's profile as the caller may see it. {@link #version()} is what an update must quote;
 * {@link #birthdayToday()} drives the birthday banner (in the organization's time zone).
 */
public record CustomerProfile(Customer customer, Person person, boolean birthdayToday) {
  /**
   * Checks the components.
   *
   * @param birthdayToday whether it is the person's birthday today in the organization's time zone
   * @param customer the customer
   * @param person the person
   */
  public CustomerProfile {
    requireNonNull(customer, "customer");
    requireNonNull(person, "person");
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
   * The version an update must name.
   *
   * @return the version an update must name
   */
  public long version() {
    return customer.version();
  }

  /**
   * The person's details, ready to change and pass to an update.
   *
   * @return the person's details, ready to change and pass to an update
   */
  public CustomerDetails details() {
    return person.details();
  }

  /**
   * The customer and person as a roster entry.
   *
   * @return the customer and person as a roster entry
   */
  public RosterEntry entry() {
    return new RosterEntry(customer, person);
  }
}
