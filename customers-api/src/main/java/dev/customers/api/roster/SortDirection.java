package dev.customers.api.roster;

/** Ascending or descending. */
public enum SortDirection {
  /** Ascending. */
  ASC,
  /** Descending. */
  DESC
}
