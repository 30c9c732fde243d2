package dev.customers.api.roster;

/** Which customers a list or search covers; archived ones only when asked for. */
public enum StatusFilter {
  ACTIVE,
  ARCHIVED,
  ALL;

  public boolean includes(CustomerStatus status) {
    return switch (this) {
      case ACTIVE -> status == CustomerStatus.ACTIVE;
      case ARCHIVED -> status == CustomerStatus.ARCHIVED;
      case ALL -> true;
    };
  }
}
