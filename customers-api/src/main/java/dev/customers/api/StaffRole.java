package dev.customers.api;

/** What a member of an organization's staff may do, from most to least trusted. */
public enum StaffRole {
  /** Everything, including the organization's settings and staff. */
  OWNER(3),
  /** Everything but the organization's settings and staff. */
  ADMIN(2),
  /** The front desk: customers, notes, tags and readings, no definitions. */
  STAFF(1);

  private final int trust;

  StaffRole(int trust) {
    this.trust = trust;
  }

  /**
   * True when this role is at least as trusted as {@code other}.
   *
   * @param other the other one
   * @return true when this role is at least as trusted as {@code other}
   */
  public boolean atLeast(StaffRole other) {
    return trust >= other.trust;
  }
}
