package dev.customers.api.family;

/** How a guardian is related to a dependant. */
public enum Relationship {
  /** A parent. */
  PARENT,
  /** A guardian appointed by law. */
  LEGAL_GUARDIAN,
  /** Anyone else the family trusts (a grandparent, a carer). */
  OTHER
}
