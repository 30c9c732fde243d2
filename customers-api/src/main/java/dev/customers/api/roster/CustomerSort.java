package dev.customers.api.roster;

/** The orders a roster list can take; ties are broken by customer id so pages never overlap. */
public enum CustomerSort {
  /** By last name, then first name, ignoring case and accents. */
  NAME,
  /** By the date the customer joined the roster. */
  JOINED
}
