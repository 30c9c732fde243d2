package dev.customers.api.consent;

import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import java.util.List;

/**
 * Consent per purpose. Staff and the customer themself record and read it; admins and owners add
 * purposes. Every decision is kept; the latest is the current state, which roster filters use.
 */
public interface ConsentService {

  /**
   * Adds a purpose (key: lower-case letters, digits, underscores); a key in use is a DUPLICATE
   * conflict.
   *
   * @param caller who is calling, and in which organization
   * @param key the key
   * @param label the label shown to people
   * @return the consent purpose
   */
  ConsentPurpose addPurpose(Caller caller, String key, String label);

  /**
   * The built-in purposes, then the organization's own by key.
   *
   * @param caller who is calling, and in which organization
   * @return the built-in purposes, then the organization's own by key
   */
  List<ConsentPurpose> purposes(Caller caller);

  /**
   * Records a decision (GRANTED or REVOKED) on a known purpose, now.
   *
   * @param caller who is calling, and in which organization
   * @param customerId the customer
   * @param purpose the consent purpose's key
   * @param source where it came from (a form, an import, the desk)
   * @param status the status
   * @return the consent record
   */
  ConsentRecord record(
      Caller caller, CustomerId customerId, String purpose, ConsentStatus status, String source);

  /**
   * The current state of every purpose, UNKNOWN where nothing was recorded.
   *
   * @param caller who is calling, and in which organization
   * @param customerId the customer
   * @return the current state of every purpose, UNKNOWN where nothing was recorded
   */
  List<ConsentState> current(Caller caller, CustomerId customerId);

  /**
   * Every decision recorded for the customer, newest first.
   *
   * @param caller who is calling, and in which organization
   * @param customerId the customer
   * @return every decision recorded for the customer, newest first
   */
  List<ConsentRecord> history(Caller caller, CustomerId customerId);
}
