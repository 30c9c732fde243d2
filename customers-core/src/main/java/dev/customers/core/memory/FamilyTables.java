package dev.customers.core.memory;

import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import dev.customers.api.family.GuardianLink;
import java.util.HashMap;
import java.util.Map;

/** The in-memory tables of family accounts: each link indexed from both ends, and settings. */
final class FamilyTables {
  /** Per organization: dependant, then guardian, to the link. */
  final Map<OrganizationId, Map<PersonId, Map<PersonId, GuardianLink>>> byDependant =
      new HashMap<>();

  /** Per organization: guardian, then dependant, to the same link. */
  final Map<OrganizationId, Map<PersonId, Map<PersonId, GuardianLink>>> byGuardian =
      new HashMap<>();

  final Map<OrganizationId, Integer> ageOfMajority = new HashMap<>();
}
