package dev.customers.api.family;

import static java.util.Objects.requireNonNull;

import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A guardian's link to a dependant on one organization's roster, with what the guardian may do for
 * the dependant there.
 */
public record GuardianLink(
    OrganizationId organizationId,
    PersonId guardian,
    PersonId dependant,
    Relationship relationship,
    Set<GuardianPermission> permissions,
    Instant createdAt,
    Instant updatedAt) {
  /**
   * Checks the components and keeps an unmodifiable copy of the permissions.
   *
   * @param organizationId the organization
   * @param guardian the guardian's person
   * @param dependant the dependant's person
   * @param relationship how the guardian is related to the dependant
   * @param permissions what the guardian may do for the dependant
   * @param createdAt when the link was made
   * @param updatedAt when the link last changed
   */
  public GuardianLink {
    requireNonNull(organizationId, "organizationId");
    requireNonNull(guardian, "guardian");
    requireNonNull(dependant, "dependant");
    requireNonNull(relationship, "relationship");
    requireNonNull(permissions, "permissions");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    if (guardian.equals(dependant)) {
      throw new IllegalArgumentException("a person cannot be their own guardian: " + guardian);
    }
    permissions =
        Collections.unmodifiableSet(
            permissions.isEmpty()
                ? EnumSet.noneOf(GuardianPermission.class)
                : EnumSet.copyOf(permissions));
  }

  /**
   * Whether the link lets the guardian do this.
   *
   * @param permission what the guardian wants to do
   * @return whether the link lets the guardian do this
   */
  public boolean allows(GuardianPermission permission) {
    return permissions.contains(permission);
  }

  /**
   * The same link with other permissions and relationship, changed at {@code now}.
   *
   * @param relationship how the guardian is related to the dependant
   * @param permissions what the guardian may do from now on
   * @param now when the change is made
   * @return the same link with other permissions and relationship
   */
  public GuardianLink with(
      Relationship relationship, Set<GuardianPermission> permissions, Instant now) {
    return new GuardianLink(
        organizationId, guardian, dependant, relationship, permissions, createdAt, now);
  }
}
