package dev.customers.api.roster;

/** Ascending or descending. */
public enum SortDirection {
  ASC,
  DESC
}
