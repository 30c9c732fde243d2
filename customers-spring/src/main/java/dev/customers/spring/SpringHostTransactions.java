package dev.customers.spring;

import static java.util.Objects.requireNonNull;

import dev.customers.jdbc.HostTransactions;
import java.sql.Connection;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring-managed transactions as {@link HostTransactions}: an SDK call made inside a transaction
 * that Spring runs on the same {@link DataSource} (a {@code @Transactional} method, a {@code
 * TransactionTemplate}) runs on its connection and commits or rolls back with it; its events are
 * delivered after the commit, through a transaction synchronization.
 */
public final class SpringHostTransactions implements HostTransactions {
  private final DataSource dataSource;

  // Spring still has the committed transaction's connection bound while after-commit callbacks
  // run; an SDK call made by a listener then must run its own transaction, not join a finished one.
  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<Boolean> afterCommit = ThreadLocal.withInitial(() -> false);

  /** Joins Spring transactions on {@code dataSource} (the one the SDK's storage uses). */
  public SpringHostTransactions(DataSource dataSource) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
  }

  @Override
  public @Nullable Connection currentConnection() {
    if (afterCommit.get() || !TransactionSynchronizationManager.isActualTransactionActive()) {
      return null;
    }
    Object resource = TransactionSynchronizationManager.getResource(dataSource);
    if (resource instanceof ConnectionHolder holder && holder.isSynchronizedWithTransaction()) {
      return holder.getConnection();
    }
    return null;
  }

  @Override
  public void afterCommit(Runnable action) {
    requireNonNull(action, "action");
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            afterCommit.set(true);
            try {
              action.run();
            } finally {
              afterCommit.remove();
            }
          }
        });
  }
}
