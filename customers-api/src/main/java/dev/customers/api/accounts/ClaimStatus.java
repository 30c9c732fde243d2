package dev.customers.api.accounts;

/** Where a customer's account stands: shown on the profile and usable in roster filters. */
public enum ClaimStatus {
  /** Never invited, or the last invite was revoked. */
  NOT_INVITED,
  /** Invited, and the invite can still be claimed. */
  INVITED,
  /** Invited, but the invite expired before it was claimed: send a new one. */
  EXPIRED,
  /** The customer claimed the account and has a password. */
  CLAIMED
}
