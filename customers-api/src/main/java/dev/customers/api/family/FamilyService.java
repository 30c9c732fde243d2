package dev.customers.api.family;

import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import java.util.List;
import java.util.Set;

/**
 * Family accounts: guardians and dependants on one organization's roster, guest accounts for
 * dependants without an email, and what a guardian may do for each dependant. A guardian acts for a
 * dependant with {@link dev.customers.api.Actor#guardian}; every service then allows exactly what
 * the link's {@link GuardianPermission}s allow.
 */
public interface FamilyService {

  /** The age of majority used until an organization sets its own. */
  int DEFAULT_AGE_OF_MAJORITY = 18;

  /**
   * Links a guardian to a dependant (staff). Refused for a customer linked to themself, for a link
   * that would make someone their own guardian through others, for an archived customer, and when
   * the two are already linked (a DUPLICATE conflict: change the link instead).
   *
   * @param caller who is calling, for which organization
   * @param guardian the guardian's customer
   * @param dependant the dependant's customer
   * @param relationship how the guardian is related to the dependant
   * @param permissions what the guardian may do for the dependant
   * @return the new link
   */
  GuardianLink link(
      Caller caller,
      CustomerId guardian,
      CustomerId dependant,
      Relationship relationship,
      Set<GuardianPermission> permissions);

  /**
   * Changes a link's relationship and permissions (staff); the guardian's next call sees the
   * change.
   *
   * @param caller who is calling, for which organization
   * @param guardian the guardian's customer
   * @param dependant the dependant's customer
   * @param relationship how the guardian is related to the dependant
   * @param permissions what the guardian may do from now on
   * @return the changed link
   */
  GuardianLink changeLink(
      Caller caller,
      CustomerId guardian,
      CustomerId dependant,
      Relationship relationship,
      Set<GuardianPermission> permissions);

  /**
   * Removes a link (staff, or the guardian themself); from then on the guardian may do nothing for
   * the dependant.
   *
   * @param caller who is calling, for which organization
   * @param guardian the guardian's customer
   * @param dependant the dependant's customer
   */
  void unlink(Caller caller, CustomerId guardian, CustomerId dependant);

  /**
   * Adds a guest account: a dependant with no email or username, linked to the guardian, in one
   * transaction. Staff may add one for any guardian; a customer ({@link
   * dev.customers.api.Actor#self}) for themself. The dependant can later be given an email and
   * invited to claim the account; the links stay.
   *
   * @param caller who is calling, for which organization
   * @param guardian the guardian's customer
   * @param details the dependant's details, without email or username
   * @param relationship how the guardian is related to the dependant
   * @param permissions what the guardian may do for the dependant
   * @return the dependant's new customer
   */
  CustomerProfile addDependant(
      Caller caller,
      CustomerId guardian,
      CustomerDetails details,
      Relationship relationship,
      Set<GuardianPermission> permissions);

  /**
   * A guardian's dependants with their links, by name (staff, or the guardian themself).
   *
   * @param caller who is calling, for which organization
   * @param guardian the guardian's customer
   * @return the guardian's dependants with their links, by name
   */
  List<Dependant> dependants(Caller caller, CustomerId guardian);

  /**
   * The family of any member, as the caller may see it (see {@link Family}).
   *
   * @param caller who is calling, for which organization
   * @param member any member of the family
   * @return the family, with the member first
   */
  Family family(Caller caller, CustomerId member);

  /**
   * The organization's age of majority, in years.
   *
   * @param caller who is calling, for which organization
   * @return the organization's age of majority, or {@link #DEFAULT_AGE_OF_MAJORITY}
   */
  int ageOfMajority(Caller caller);

  /**
   * Sets the organization's age of majority (admins), from 1 to 120 years.
   *
   * @param caller who is calling, for which organization
   * @param years the age in years
   */
  void setAgeOfMajority(Caller caller, int years);
}
