package dev.customers.jdbc;

import java.sql.Connection;
import org.jspecify.annotations.Nullable;

/**
 * The host's own JDBC transactions, for SDK calls to join: a call made while the calling thread is
 * in one of them runs on its connection, inside a savepoint (so a refused call undoes only itself),
 * and commits or rolls back with it; its events are delivered after that transaction commits, and
 * never when it rolls back. Outside one, the SDK runs its own transactions as usual. {@link
 * JdbcTransactions} is the ready implementation for plain JDBC hosts; the Spring integration
 * provides another.
 */
public interface HostTransactions {
  /**
   * The connection of the transaction the calling thread is in, or null when it is in none.
   *
   * @return the transaction's connection, or null
   */
  @Nullable Connection currentConnection();

  /**
   * Runs {@code action} once the calling thread's current transaction has committed, on that thread
   * and outside the transaction; never if it rolls back. Only called while {@link
   * #currentConnection()} is not null.
   *
   * @param action what to run after the commit
   */
  void afterCommit(Runnable action);
}
