package dev.customers.api.family;

import static java.util.Objects.requireNonNull;

/** One of a guardian's dependants, with the link that says what the guardian may do for them. */
public record Dependant(FamilyMember member, GuardianLink link) {
  /**
   * Checks the components.
   *
   * @param member the dependant as the family view shows them
   * @param link the guardian's link to them
   */
  public Dependant {
    requireNonNull(member, "member");
    requireNonNull(link, "link");
  }
}
