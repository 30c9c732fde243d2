package dev.customers.api.roster;

/** Which customers a list or search covers; archived ones only when asked for. */
public enum StatusFilter {
  /** Active customers only. */
  ACTIVE,
  /** Archived customers only. */
  ARCHIVED,
  /** Every customer. */
  ALL;

  /**
   * Whether the filter keeps a customer of this status.
   *
   * @param status the status
   * @return whether the filter keeps a customer of this status
   */
  public boolean includes(CustomerStatus status) {
    return switch (this) {
      case ACTIVE -> status == CustomerStatus.ACTIVE;
      case ARCHIVED -> status == CustomerStatus.ARCHIVED;
      case ALL -> true;
    };
  }
}
