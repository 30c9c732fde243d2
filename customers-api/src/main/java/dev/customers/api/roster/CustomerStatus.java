package dev.customers.api.roster;

/**
 * Whether a customer is on the active roster or archived (kept with all their data, left out of
 * lists).
 */
public enum CustomerStatus {
  ACTIVE,
  ARCHIVED
}
