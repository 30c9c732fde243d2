package dev.customers.api.roster;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A birthday inside the asked-for window: the date it is celebrated (28 February for a 29 February
 * birthday in a non-leap year) and the age the customer turns.
 */
public record UpcomingBirthday(RosterEntry entry, LocalDate date, int turning) {
  /**
   * Checks the components.
   *
   * @param date the date
   * @param entry the roster entry
   * @param turning the age reached
   */
  public UpcomingBirthday {
    requireNonNull(entry, "entry");
    requireNonNull(date, "date");
  }
}
