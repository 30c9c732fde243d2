package dev.customers.api.roster;

/**
 * Whether a customer is on the active roster or archived (kept with all their data, left out of
 * lists).
 */
public enum CustomerStatus {
  /** On the roster. */
  ACTIVE,
  /** Kept with all their history, but left out of lists and search unless asked for. */
  ARCHIVED
}
