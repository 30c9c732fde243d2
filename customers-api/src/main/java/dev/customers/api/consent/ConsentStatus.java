package dev.customers.api.consent;

/** A customer's consent to one purpose. */
public enum ConsentStatus {
  GRANTED,
  REVOKED,
  /** Never recorded. */
  UNKNOWN
}
