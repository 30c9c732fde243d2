package dev.customers.api.roster;

import static java.util.Objects.requireNonNull;

import dev.customers.api.PageRequest;
import dev.customers.api.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A page of the roster: which statuses and filter, in which order, how many, after which cursor.
 * Start with {@link #active()} and refine with the {@code with} methods.
 */
public record CustomerQuery(
    StatusFilter status,
    CustomerSort sort,
    SortDirection direction,
    int limit,
    @Nullable String cursor,
    @Nullable CustomerFilter filter) {

  public static final int DEFAULT_LIMIT = 50;

  public CustomerQuery {
    requireNonNull(status, "status");
    requireNonNull(sort, "sort");
    requireNonNull(direction, "direction");
    if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
      throw ValidationException.of(
          "limit", Integer.toString(limit), "must be between 1 and " + PageRequest.MAX_LIMIT);
    }
  }

  /** Active customers by name, 50 to a page. */
  public static CustomerQuery active() {
    return new CustomerQuery(
        StatusFilter.ACTIVE, CustomerSort.NAME, SortDirection.ASC, DEFAULT_LIMIT, null, null);
  }

  public CustomerQuery withStatus(StatusFilter value) {
    return new CustomerQuery(value, sort, direction, limit, cursor, filter);
  }

  public CustomerQuery sortedBy(CustomerSort value, SortDirection dir) {
    return new CustomerQuery(status, value, dir, limit, cursor, filter);
  }

  public CustomerQuery withLimit(int value) {
    return new CustomerQuery(status, sort, direction, value, cursor, filter);
  }

  /** The same query continued after a page's {@code nextCursor}. */
  public CustomerQuery after(@Nullable String value) {
    return new CustomerQuery(status, sort, direction, limit, value, filter);
  }

  /**
   * Only customers the filter keeps; a cursor from before the filter changed is not valid after it.
   */
  public CustomerQuery withFilter(@Nullable CustomerFilter value) {
    return new CustomerQuery(status, sort, direction, limit, cursor, value);
  }
}
