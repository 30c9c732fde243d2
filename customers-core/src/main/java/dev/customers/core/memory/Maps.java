package dev.customers.core.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The nested-map helpers every in-memory store uses. */
final class Maps {
  private Maps() {}

  /** The inner map for {@code key}, made (and kept) when there is none yet: for writes. */
  static <K, K2, V> Map<K2, V> inner(Map<K, Map<K2, V>> map, K key) {
    return map.computeIfAbsent(key, k -> new HashMap<>());
  }

  /** The inner map for {@code key}, or an empty one that is not kept: for reads. */
  static <K, K2, V> Map<K2, V> peek(Map<K, Map<K2, V>> map, K key) {
    return map.getOrDefault(key, Map.of());
  }

  /** An immutable copy of {@code list} with {@code item} at the end, for lists replaced whole. */
  static <T> List<T> appended(@Nullable List<T> list, T item) {
    List<T> copy = list == null ? new ArrayList<>() : new ArrayList<>(list);
    copy.add(item);
    return List.copyOf(copy);
  }
}
