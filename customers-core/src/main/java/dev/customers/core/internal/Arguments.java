package dev.customers.core.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Checks of what a host passes in, made at the public entry before any work is done. */
public final class Arguments {
  private Arguments() {}

  /**
   * An immutable copy of {@code items}, refused with a {@link NullPointerException} naming the
   * parameter and the position when it or any item is null. The copy also keeps a host that goes on
   * changing its list from changing the call.
   *
   * @param items what the host passed
   * @param name the parameter's name
   * @param <T> the items' type
   * @return the items, copied
   */
  public static <T> List<T> noNulls(Collection<T> items, String name) {
    requireNonNull(items, name);
    List<T> copy = new ArrayList<>(items.size());
    int index = 0;
    for (T item : items) {
      if (item == null) {
        throw new NullPointerException(name + " holds a null at position " + index);
      }
      copy.add(item);
      index++;
    }
    return List.copyOf(copy);
  }
}
