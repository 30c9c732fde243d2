package dev.customers.api.consent;

/** A customer's consent to one purpose. */
public enum ConsentStatus {
  /** The customer agreed. */
  GRANTED,
  /** The customer withdrew or refused. */
  REVOKED,
  /** Never recorded. */
  UNKNOWN
}
