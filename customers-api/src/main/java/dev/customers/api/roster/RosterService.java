package dev.customers.api.roster;

import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.Page;
import dev.customers.api.PersonId;
import java.util.List;

/**
 * The roster of the caller's organization: add, read, update, archive, list, search, birthdays.
 * Every call checks the caller's rights and records changes in the audit trail.
 */
public interface RosterService {

  /**
   * Adds a new person to the roster. Refused with a conflict naming the existing customer when an
   * active customer already has the email.
   *
   * @param caller who is calling, and in which organization
   * @param details the person's details
   * @return the customer profile
   */
  CustomerProfile add(Caller caller, CustomerDetails details);

  /**
   * Adds many new people to the roster in one transaction: the bulk path for loading a roster.
   * Every row is checked before anything is written; a bad row is a validation error naming it
   * ({@code rows[12].email}), an email used twice in the rows or already held by an active customer
   * is refused the same way or as a conflict naming the holder, and then nothing is added. Each
   * customer gets the audit entry and {@link dev.customers.api.event.CustomerEvent.Created} event
   * that {@link #add} gives. At most 1,000,000 rows per call.
   *
   * @param caller who is calling, and in which organization
   * @param rows the people's details, in order
   * @return the new customers' ids, in the order of the rows
   */
  List<CustomerId> addAll(Caller caller, List<CustomerDetails> rows);

  /**
   * Adds a person who already has an account (on another roster, say) to this roster.
   *
   * @param caller who is calling, and in which organization
   * @param personId the person
   * @return the customer profile
   */
  CustomerProfile addExisting(Caller caller, PersonId personId);

  /**
   * The profile, with the birthday flag for today in the organization's time zone.
   *
   * @param caller who is calling, and in which organization
   * @param id the id
   * @return the profile, with the birthday flag for today in the organization's time zone
   */
  CustomerProfile profile(Caller caller, CustomerId id);

  /**
   * Replaces the profile's details, if {@code expectedVersion} is still the stored version;
   * otherwise fails with a conflict and changes nothing. Unchanged details change nothing.
   *
   * @param caller who is calling, and in which organization
   * @param details the person's details
   * @param expectedVersion the version the caller read; another stored version is a conflict
   * @param id the id
   * @return the customer profile
   */
  CustomerProfile update(
      Caller caller, CustomerId id, long expectedVersion, CustomerDetails details);

  /**
   * Archives a customer: left out of lists and search unless asked for; no data is lost.
   *
   * @param caller who is calling, and in which organization
   * @param id the id
   * @return the customer profile
   */
  CustomerProfile archive(Caller caller, CustomerId id);

  /**
   * Brings an archived customer back onto the active roster.
   *
   * @param caller who is calling, and in which organization
   * @param id the id
   * @return the customer profile
   */
  CustomerProfile unarchive(Caller caller, CustomerId id);

  /**
   * A page of the roster.
   *
   * @param caller who is calling, and in which organization
   * @param query what to find, in which order and page
   * @return a page of the roster
   */
  Page<RosterEntry> list(Caller caller, CustomerQuery query);

  /**
   * A page of search hits, best matches first.
   *
   * @param caller who is calling, and in which organization
   * @param query what to find, in which order and page
   * @return a page of search hits, best matches first
   */
  Page<SearchHit> search(Caller caller, SearchQuery query);

  /**
   * Active customers whose birthday falls from today to {@code withinDays} days ahead (0 to 366),
   * soonest first.
   *
   * @param caller who is calling, and in which organization
   * @param withinDays how many days ahead (0 to 366)
   * @return the birthdays, soonest first
   */
  List<UpcomingBirthday> upcomingBirthdays(Caller caller, int withinDays);
}
