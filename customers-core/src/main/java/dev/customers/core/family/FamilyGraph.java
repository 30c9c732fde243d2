package dev.customers.core.family;

import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import dev.customers.api.family.GuardianLink;
import dev.customers.api.spi.FamilyStore;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks guardian links: the family around a person, and whether a new link would close a cycle.
 * Families are small; the walk stops at {@link #MAX_MEMBERS} so a roster linked into one long chain
 * cannot make a read unbounded.
 */
final class FamilyGraph {
  /** The most members a family view walks to. */
  static final int MAX_MEMBERS = 200;

  private FamilyGraph() {}

  /** Every link reachable from {@code start}, through guardians and dependants alike. */
  static List<GuardianLink> around(FamilyStore store, OrganizationId org, PersonId start) {
    Set<GuardianLink> links = new LinkedHashSet<>();
    Set<PersonId> seen = new HashSet<>();
    Deque<PersonId> queue = new ArrayDeque<>();
    queue.add(start);
    seen.add(start);
    while (!queue.isEmpty() && seen.size() < MAX_MEMBERS) {
      PersonId person = queue.poll();
      List<GuardianLink> touching = new ArrayList<>(store.guardiansOf(org, person));
      touching.addAll(store.dependantsOf(org, person));
      for (GuardianLink link : touching) {
        links.add(link);
        for (PersonId other : List.of(link.guardian(), link.dependant())) {
          if (seen.size() < MAX_MEMBERS && seen.add(other)) {
            queue.add(other);
          }
        }
      }
    }
    return List.copyOf(links);
  }

  /**
   * Whether a link from {@code guardian} to {@code dependant} would make someone their own
   * guardian: when the dependant is already, directly or through others, a guardian of the
   * guardian.
   */
  static boolean closesCycle(
      FamilyStore store, OrganizationId org, PersonId guardian, PersonId dependant) {
    Set<PersonId> seen = new HashSet<>();
    Deque<PersonId> queue = new ArrayDeque<>();
    queue.add(guardian);
    while (!queue.isEmpty()) {
      for (GuardianLink up : store.guardiansOf(org, queue.poll())) {
        if (up.guardian().equals(dependant)) {
          return true;
        }
        if (seen.add(up.guardian())) {
          queue.add(up.guardian());
        }
      }
    }
    return false;
  }
}
