package dev.customers.api;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One page of results and the cursor of the next page, absent on the last page. */
public record Page<T>(List<T> items, @Nullable String nextCursor) {
  /**
   * Checks the components and keeps its own copies of the lists.
   *
   * @param items the items
   * @param nextCursor the cursor of the next page, or null on the last
   */
  public Page {
    items = List.copyOf(requireNonNull(items, "items"));
  }

  /**
   * The last page: these items and no cursor.
   *
   * @param <T> the type of the items
   * @param items the items
   * @return the last page: these items and no cursor
   */
  public static <T> Page<T> last(List<T> items) {
    return new Page<>(items, null);
  }

  /**
   * Whether another page follows.
   *
   * @return whether another page follows
   */
  public boolean hasMore() {
    return nextCursor != null;
  }

  /**
   * The cursor of the next page, absent on the last page.
   *
   * @return the cursor of the next page, absent on the last page
   */
  public Optional<String> next() {
    return Optional.ofNullable(nextCursor);
  }
}
