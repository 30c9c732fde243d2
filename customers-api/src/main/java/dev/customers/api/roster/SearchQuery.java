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

  public static final int DEFAULT_LIMIT = 20;

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

  /** Active customers matching {@code text}, 20 to a page. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, StatusFilter.ACTIVE, DEFAULT_LIMIT, null, null);
  }

  public SearchQuery withStatus(StatusFilter value) {
    return new SearchQuery(text, value, limit, cursor, filter);
  }

  public SearchQuery withLimit(int value) {
    return new SearchQuery(text, status, value, cursor, filter);
  }

  public SearchQuery after(@Nullable String value) {
    return new SearchQuery(text, status, limit, value, filter);
  }

  /** Only hits the filter keeps. */
  public SearchQuery withFilter(@Nullable CustomerFilter value) {
    return new SearchQuery(text, status, limit, cursor, value);
  }
}
