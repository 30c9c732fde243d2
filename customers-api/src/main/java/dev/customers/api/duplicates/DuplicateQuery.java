package dev.customers.api.duplicates;

import static java.util.Objects.requireNonNull;

import dev.customers.api.PageRequest;
import dev.customers.api.ValidationException;
import dev.customers.api.roster.StatusFilter;

/**
 * Which customers to compare and how many pairs to return.
 *
 * @param status the customers compared, by status
 * @param limit the most pairs returned, from 1 to {@link PageRequest#MAX_LIMIT}
 */
public record DuplicateQuery(StatusFilter status, int limit) {
  /** The number of pairs returned when none is given. */
  public static final int DEFAULT_LIMIT = 100;

  /**
   * Checks the components.
   *
   * @param status the customers compared
   * @param limit the most pairs returned
   */
  public DuplicateQuery {
    requireNonNull(status, "status");
    if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
      throw ValidationException.of(
          "limit", Integer.toString(limit), "must be between 1 and " + PageRequest.MAX_LIMIT);
    }
  }

  /**
   * Every customer, active and archived (an archived customer is often the older copy), and the
   * default number of pairs.
   *
   * @return the query
   */
  public static DuplicateQuery all() {
    return new DuplicateQuery(StatusFilter.ALL, DEFAULT_LIMIT);
  }

  /**
   * This query over the customers of another status.
   *
   * @param value the status
   * @return this query over those customers
   */
  public DuplicateQuery withStatus(StatusFilter value) {
    return new DuplicateQuery(value, limit);
  }

  /**
   * This query returning at most {@code value} pairs.
   *
   * @param value the most pairs returned
   * @return this query with that limit
   */
  public DuplicateQuery withLimit(int value) {
    return new DuplicateQuery(status, value);
  }
}
