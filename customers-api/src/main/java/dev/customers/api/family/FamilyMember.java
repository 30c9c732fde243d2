package dev.customers.api.family;

import static java.util.Objects.requireNonNull;

import dev.customers.api.roster.RosterEntry;
import org.jspecify.annotations.Nullable;

/**
 * One member of a family as the family view shows them: the customer, their age today (null without
 * a birthday), and whether they are a dependant who has reached the organization's age of majority
 * (and so can be given their own email and invited to claim their account).
 */
public record FamilyMember(
    RosterEntry customer, @Nullable Integer age, boolean dependant, boolean reachedMajority) {
  /**
   * Checks the components.
   *
   * @param customer the member's customer and person
   * @param age their age in whole years today, or null without a birthday
   * @param dependant whether someone in the family is their guardian
   * @param reachedMajority whether they are a dependant of the age of majority or older
   */
  public FamilyMember {
    requireNonNull(customer, "customer");
  }
}
