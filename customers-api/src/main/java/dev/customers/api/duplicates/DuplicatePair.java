package dev.customers.api.duplicates;

import static java.util.Objects.requireNonNull;

import dev.customers.api.roster.RosterEntry;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Two customers that look like the same person.
 *
 * @param first the customer with the smaller id
 * @param second the other customer
 * @param reasons why they look alike
 */
public record DuplicatePair(RosterEntry first, RosterEntry second, Set<DuplicateReason> reasons) {
  /**
   * Checks the components and keeps an unmodifiable copy of the reasons.
   *
   * @param first the customer with the smaller id
   * @param second the other customer
   * @param reasons why they look alike, at least one
   */
  public DuplicatePair {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    requireNonNull(reasons, "reasons");
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a duplicate pair has at least one reason");
    }
    reasons = Collections.unmodifiableSet(EnumSet.copyOf(reasons));
  }
}
