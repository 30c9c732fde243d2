package dev.customers.api.duplicates;

/** Why two customers look like the same person, strongest first. */
public enum DuplicateReason {
  /** The same email address, ignoring case (one of them is archived, or both). */
  SAME_EMAIL,
  /** The same phone number: the same last nine digits, or all of them when fewer. */
  SAME_PHONE,
  /** The same name, ignoring case and accents, and the same birthday. */
  SAME_NAME_AND_BIRTHDAY,
  /**
   * The same name or one letter apart (added, removed or changed), ignoring case and accents, or
   * the same names in the other order.
   */
  SIMILAR_NAME
}
