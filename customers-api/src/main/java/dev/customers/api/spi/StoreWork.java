package dev.customers.api.spi;

/** The body of a storage transaction. */
@FunctionalInterface
public interface StoreWork<T> {
  T run(StoreSession session);
}
