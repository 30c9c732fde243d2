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

  /** The page size when none is given. */
  public static final int DEFAULT_LIMIT = 50;

  /**
   * Checks the components.
   *
   * @param cursor the cursor of the previous page, or null for the first
   * @param direction the direction
   * @param filter the filter
   * @param limit the most items a page holds
   * @param sort what to sort by
   * @param status the status
   */
  public CustomerQuery {
    requireNonNull(status, "status");
    requireNonNull(sort, "sort");
    requireNonNull(direction, "direction");
    if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
      throw ValidationException.of(
          "limit", Integer.toString(limit), "must be between 1 and " + PageRequest.MAX_LIMIT);
    }
  }

  /**
   * Active customers by name, 50 to a page.
   *
   * @return the query
   */
  public static CustomerQuery active() {
    return new CustomerQuery(
        StatusFilter.ACTIVE, CustomerSort.NAME, SortDirection.ASC, DEFAULT_LIMIT, null, null);
  }

  /**
   * This query for customers of another status.
   *
   * @param value the value
   * @return this query for customers of another status
   */
  public CustomerQuery withStatus(StatusFilter value) {
    return new CustomerQuery(value, sort, direction, limit, cursor, filter);
  }

  /**
   * This query in another order.
   *
   * @param dir the direction
   * @param value the value
   * @return this query in another order
   */
  public CustomerQuery sortedBy(CustomerSort value, SortDirection dir) {
    return new CustomerQuery(status, value, dir, limit, cursor, filter);
  }

  /**
   * This query with another page size.
   *
   * @param value the value
   * @return this query with another page size
   */
  public CustomerQuery withLimit(int value) {
    return new CustomerQuery(status, sort, direction, value, cursor, filter);
  }

  /**
   * The same query continued after a page's {@code nextCursor}.
   *
   * @param value the value
   * @return the same query continued after a page's {@code nextCursor}
   */
  public CustomerQuery after(@Nullable String value) {
    return new CustomerQuery(status, sort, direction, limit, value, filter);
  }

  /**
   * Only customers the filter keeps; a cursor from before the filter changed is not valid after it.
   *
   * @param value the value
   * @return the public customer query
   */
  public CustomerQuery withFilter(@Nullable CustomerFilter value) {
    return new CustomerQuery(status, sort, direction, limit, cursor, value);
  }
}
