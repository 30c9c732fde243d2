package dev.customers.api.imports;

/** What an import does with rows that match an existing customer and rows that match none. */
public enum MatchMode {
  /** New rows create customers; a row that matches a customer fails. */
  CREATE_ONLY,
  /** Matching rows update their customer; a row that matches none fails. */
  UPDATE_ONLY,
  /** New rows create customers and matching rows update theirs. */
  CREATE_OR_UPDATE
}
