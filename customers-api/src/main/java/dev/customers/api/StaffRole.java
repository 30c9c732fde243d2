package dev.customers.api;

/** What a member of an organization's staff may do, from most to least trusted. */
public enum StaffRole {
  OWNER(3),
  ADMIN(2),
  STAFF(1);

  private final int trust;

  StaffRole(int trust) {
    this.trust = trust;
  }

  /** True when this role is at least as trusted as {@code other}. */
  public boolean atLeast(StaffRole other) {
    return trust >= other.trust;
  }
}
