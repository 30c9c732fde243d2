package dev.customers.api.family;

/** What happened to a guardian link, as its event says. */
public enum LinkChange {
  /** The guardian was linked to the dependant. */
  LINKED,
  /** The link's relationship or permissions changed. */
  CHANGED,
  /** The link was removed. */
  UNLINKED
}
