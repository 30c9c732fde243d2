package dev.customers.api;

import org.jspecify.annotations.Nullable;

/** Which page to read: at most {@code limit} items after an opaque cursor from a previous page. */
public record PageRequest(int limit, @Nullable String cursor) {
  /** The largest page any query returns. */
  public static final int MAX_LIMIT = 500;

  /**
   * Checks the components.
   *
   * @param cursor the cursor of the previous page, or null for the first
   * @param limit the most items a page holds
   */
  public PageRequest {
    Paging.checkLimit(limit);
  }

  /**
   * The first page, of at most {@code limit} items.
   *
   * @param limit the most items a page holds
   * @return the first page, of at most {@code limit} items
   */
  public static PageRequest first(int limit) {
    return new PageRequest(limit, null);
  }

  /**
   * The page after the one that returned {@code nextCursor}.
   *
   * @param nextCursor the cursor of the next page, or null on the last
   * @return the page after the one that returned {@code nextCursor}
   */
  public PageRequest after(@Nullable String nextCursor) {
    return new PageRequest(limit, nextCursor);
  }
}
