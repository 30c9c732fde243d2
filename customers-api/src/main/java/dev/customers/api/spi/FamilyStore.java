package dev.customers.api.spi;

import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import dev.customers.api.family.GuardianLink;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Stores guardian links between persons on one organization's roster, and the organization's age of
 * majority. The service checks the rules (no self-links, no cycles, both on the roster); the store
 * keeps one link per guardian and dependant.
 */
public interface FamilyStore {

  /**
   * Holds the organization's link writes to this transaction until it ends (a row lock in SQL), so
   * two links written at once cannot close a cycle between them.
   *
   * @param organizationId the organization
   */
  void lockLinks(OrganizationId organizationId);

  /**
   * Adds a link; a link between the same guardian and dependant is a DUPLICATE conflict.
   *
   * @param link the link
   */
  void insert(GuardianLink link);

  /**
   * Replaces the relationship, permissions and update time of the stored link between the same
   * guardian and dependant.
   *
   * @param link the link as it is to be stored
   * @throws dev.customers.api.NotFoundException if there is no such link
   */
  void update(GuardianLink link);

  /**
   * Removes the link between a guardian and a dependant.
   *
   * @param organizationId the organization
   * @param guardian the guardian's person
   * @param dependant the dependant's person
   * @return whether there was such a link
   */
  boolean delete(OrganizationId organizationId, PersonId guardian, PersonId dependant);

  /**
   * The link between a guardian and a dependant, if any.
   *
   * @param organizationId the organization
   * @param guardian the guardian's person
   * @param dependant the dependant's person
   * @return the link between a guardian and a dependant, if any
   */
  Optional<GuardianLink> find(OrganizationId organizationId, PersonId guardian, PersonId dependant);

  /**
   * The links of a person's dependants, by the dependant's id.
   *
   * @param organizationId the organization
   * @param guardian the guardian's person
   * @return the links in which the person is the guardian
   */
  List<GuardianLink> dependantsOf(OrganizationId organizationId, PersonId guardian);

  /**
   * The links of a person's guardians, by the guardian's id.
   *
   * @param organizationId the organization
   * @param dependant the dependant's person
   * @return the links in which the person is the dependant
   */
  List<GuardianLink> guardiansOf(OrganizationId organizationId, PersonId dependant);

  /**
   * The organization's age of majority, if it set one.
   *
   * @param organizationId the organization
   * @return the age in years, or empty for the SDK's default
   */
  OptionalInt ageOfMajority(OrganizationId organizationId);

  /**
   * Sets the organization's age of majority.
   *
   * @param organizationId the organization
   * @param years the age in years
   */
  void setAgeOfMajority(OrganizationId organizationId, int years);
}
