package dev.customers.core.memory;

import java.util.List;
import java.util.Map;

/** The writes of one in-memory transaction, each logged so a failure can undo it. */
interface Changes {
  <K, V> void put(Map<K, V> map, K key, V value);

  <K, V> void remove(Map<K, V> map, K key);

  /** Appends to a list that is kept in place (the audit trail), removing the item again on undo. */
  <T> void add(List<T> list, T item);

  /** Records how to undo a change made in place (the search index). */
  void onUndo(Runnable undo);

  /**
   * Many writes to one map under one undo record: the bulk path, where an undo action per write
   * would be millions of objects kept alive until the commit.
   */
  <K, V> Batch<K, V> batch(Map<K, V> map);

  /** Writes to one map, undone together, last first. */
  interface Batch<K, V> {
    void put(K key, V value);

    void remove(K key);
  }
}
