package dev.customers.api;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One page of results and the cursor of the next page, absent on the last page. */
public record Page<T>(List<T> items, @Nullable String nextCursor) {
  public Page {
    items = List.copyOf(requireNonNull(items, "items"));
  }

  public static <T> Page<T> last(List<T> items) {
    return new Page<>(items, null);
  }

  public boolean hasMore() {
    return nextCursor != null;
  }

  public Optional<String> next() {
    return Optional.ofNullable(nextCursor);
  }
}
