package dev.customers.api;

import org.jspecify.annotations.Nullable;

/** Which page to read: at most {@code limit} items after an opaque cursor from a previous page. */
public record PageRequest(int limit, @Nullable String cursor) {
  public static final int MAX_LIMIT = 500;

  public PageRequest {
    Paging.checkLimit(limit);
  }

  public static PageRequest first(int limit) {
    return new PageRequest(limit, null);
  }

  public PageRequest after(@Nullable String nextCursor) {
    return new PageRequest(limit, nextCursor);
  }
}
