package dev.customers.api;

/** What a member of an organization's staff may do, from most to least trusted. */
public enum StaffRole {
  OWNER,
  ADMIN,
  STAFF;

  /** True when this role is at least as trusted as {@code other}. */
  public boolean atLeast(StaffRole other) {
    return ordinal() <= other.ordinal();
  }
}
