package dev.customers.api.spi;

import org.jspecify.annotations.Nullable;

/** The body of a storage transaction; it may return null (a write with no result). */
@FunctionalInterface
public interface StoreWork<T extends @Nullable Object> {
  /**
   * Does the transaction's work with its stores.
   *
   * @param session the stores of the transaction
   * @return the t
   */
  T run(StoreSession session);
}
