package dev.customers.api.imports;

/** What a row is matched to an existing customer by. */
public enum MatchBy {
  /** The email address (of an active customer), case-insensitively. */
  EMAIL,
  /** The external id, the customer's id in the system the roster comes from. */
  EXTERNAL_ID
}
