package dev.customers.api.family;

import static java.util.Objects.requireNonNull;

import dev.customers.api.CustomerId;
import java.util.List;

/**
 * A family as one caller may see it: its members and the guardian links between them. Staff see
 * everyone linked to the member, directly or through others; a customer sees the links they are
 * part of; a guardian acting for a dependant sees their own link.
 */
public record Family(
    CustomerId member, int ageOfMajority, List<FamilyMember> members, List<GuardianLink> links) {
  /**
   * Checks the components.
   *
   * @param member the customer the family was asked for
   * @param ageOfMajority the organization's age of majority, in years
   * @param members the members, the asked-for one first, then by name
   * @param links the links between them
   */
  public Family {
    requireNonNull(member, "member");
    members = List.copyOf(requireNonNull(members, "members"));
    links = List.copyOf(requireNonNull(links, "links"));
  }
}
