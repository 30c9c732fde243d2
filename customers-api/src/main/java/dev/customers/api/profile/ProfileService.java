package dev.customers.api.profile;

import dev.customers.api.Caller;
import dev.customers.api.CustomerId;

/**
 * Reads a customer's whole profile in one call, with a number of statements that does not grow with
 * the data.
 */
public interface ProfileService {

  /** At most this many pinned notes and alerts are shown; the rest are in the note list. */
  int MAX_FLAGGED_NOTES = 50;

  /**
   * The profile the caller may see: staff, or the customer themself.
   *
   * @param caller who is calling, and in which organization
   * @param id the id
   * @return the profile the caller may see: staff, or the customer themself
   */
  ProfileView view(Caller caller, CustomerId id);
}
