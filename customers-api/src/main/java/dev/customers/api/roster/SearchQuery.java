package dev.customers.api.roster;

import static java.util.Objects.requireNonNull;

import dev.customers.api.PageRequest;
import dev.customers.api.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A search of the roster by name, email, username or phone: case- and accent-insensitive, matching
 * substrings, ranked exact email first, then prefixes, then other substrings.
 */
public record SearchQuery(
    String text,
    StatusFilter status,
    int limit,
    @Nullable String cursor,
    @Nullable CustomerFilter filter) {

  /** The page size when none is given. */
  public static final int DEFAULT_LIMIT = 20;

  /**
   * Checks the components.
   *
   * @param cursor the cursor of the previous page, or null for the first
   * @param filter the filter
   * @param limit the most items a page holds
   * @param status the status
   * @param text the text
   */
  public SearchQuery {
    requireNonNull(text, "text");
    requireNonNull(status, "status");
    if (text.isBlank()) {
      throw ValidationException.of("text", text, "must not be blank");
    }
    if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
      throw ValidationException.of(
          "limit", Integer.toString(limit), "must be between 1 and " + PageRequest.MAX_LIMIT);
    }
  }

  /**
   * Active customers matching {@code text}, 20 to a page.
   *
   * @param text the text
   * @return the query
   */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, StatusFilter.ACTIVE, DEFAULT_LIMIT, null, null);
  }

  /**
   * This search for customers of another status.
   *
   * @param value the value
   * @return this search for customers of another status
   */
  public SearchQuery withStatus(StatusFilter value) {
    return new SearchQuery(text, value, limit, cursor, filter);
  }

  /**
   * This search with another page size.
   *
   * @param value the value
   * @return this search with another page size
   */
  public SearchQuery withLimit(int value) {
    return new SearchQuery(text, status, value, cursor, filter);
  }

  /**
   * This search from the page after the one that returned {@code value}.
   *
   * @param value the value
   * @return this search from the page after the one that returned {@code value}
   */
  public SearchQuery after(@Nullable String value) {
    return new SearchQuery(text, status, limit, value, filter);
  }

  /**
   * Only hits the filter keeps.
   *
   * @param value the value
   * @return the public search query
   */
  public SearchQuery withFilter(@Nullable CustomerFilter value) {
    return new SearchQuery(text, status, limit, cursor, value);
  }
}
