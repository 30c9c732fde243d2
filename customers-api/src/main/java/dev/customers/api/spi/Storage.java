package dev.customers.api.spi;

import org.jspecify.annotations.Nullable;

/**
 * The storage adapter's entry point: every service call runs in one of its transactions. A
 * transaction that ends with an exception leaves no change behind.
 */
public interface Storage extends AutoCloseable {

  /**
   * Runs {@code work} in a read-write transaction and commits it when {@code work} returns. Called
   * again inside {@code work} on the same thread, it joins the running transaction.
   *
   * @param <T> the type of the work's result
   * @param work the work to run
   * @return what {@code work} returned
   */
  <T extends @Nullable Object> T inTransaction(StoreWork<T> work);

  /**
   * Runs {@code work} for reading only; stores may refuse writes in it.
   *
   * @param <T> the type of the work's result
   * @param work the work to run
   * @return the default
   */
  default <T extends @Nullable Object> T read(StoreWork<T> work) {
    return inTransaction(work);
  }

  /** Releases what the adapter owns (a pool it made); does nothing for resources the host owns. */
  /**
   * Runs {@code action} once what the calling thread's last {@link #inTransaction} call wrote is
   * committed: at once for a storage whose transactions commit when {@code inTransaction} returns
   * (the default); after the host's transaction commits for one whose calls join the host's
   * transactions, and never if that rolls back. The SDK delivers events through it.
   *
   * @param action what to run after the commit
   */
  default void whenCommitted(Runnable action) {
    action.run();
  }

  @Override
  default void close() {}
}
