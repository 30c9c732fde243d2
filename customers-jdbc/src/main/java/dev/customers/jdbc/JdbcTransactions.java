package dev.customers.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Transactions a plain JDBC host runs on its own {@link DataSource}, which SDK calls made inside
 * them join: {@code transactions.inTransaction(connection -> { insert the order on connection;
 * customers.roster().add(...); })} writes both or neither. The transaction itself is jOOQ's (its
 * default transaction provider on the data source: commit when the work returns, roll back when it
 * throws); this class only tells the SDK which connection the thread's transaction uses and runs
 * the SDK's after-commit actions (event delivery) once it has committed.
 */
public final class JdbcTransactions implements HostTransactions {
  private final DSLContext db;

  // Per instance: each host data source has its own transactions.
  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<@Nullable Frame> current = new ThreadLocal<>();

  /**
   * Transactions on {@code dataSource}; hand the same data source to the SDK's storage module.
   *
   * @param dataSource the host's data source
   */
  public JdbcTransactions(DataSource dataSource) {
    this.db =
        DSL.using(requireNonNull(dataSource, "dataSource"), JdbcStorage.dialectOf(dataSource));
  }

  /** What a host runs in one transaction, given its connection. */
  @FunctionalInterface
  public interface Work<T extends @Nullable Object> {
    /**
     * The work, on the transaction's connection.
     *
     * @param connection the transaction's connection: use it for the host's own statements
     * @return the work's result
     * @throws Exception anything, which rolls the transaction back
     */
    T run(Connection connection) throws Exception;
  }

  /**
   * Runs {@code work} in one transaction that SDK calls on this thread join; commits when it
   * returns, rolls back (SDK writes included) when it throws, and delivers the SDK's events only
   * after the commit. Not reentrant: a transaction is not started inside another.
   *
   * @param work the host's work
   * @param <T> the result's type
   * @return what the work returned
   */
  public <T extends @Nullable Object> T inTransaction(Work<T> work) {
    requireNonNull(work, "work");
    if (current.get() != null) {
      throw new IllegalStateException("a JdbcTransactions transaction is already running here");
    }
    Frame frame = new Frame();
    T result =
        db.transactionResult(
            configuration -> {
              Connection connection = configuration.connectionProvider().acquire();
              requireNonNull(connection, "connection");
              frame.connection = connection;
              current.set(frame);
              try {
                return work.run(connection);
              } finally {
                current.remove();
              }
            });
    for (Runnable action : frame.afterCommit) {
      action.run();
    }
    return result;
  }

  @Override
  public @Nullable Connection currentConnection() {
    Frame frame = current.get();
    return frame == null ? null : frame.connection;
  }

  @Override
  public void afterCommit(Runnable action) {
    Frame frame = current.get();
    if (frame == null) {
      throw new IllegalStateException("not in a transaction: nothing to wait for");
    }
    frame.afterCommit.add(requireNonNull(action, "action"));
  }

  private static final class Frame {
    private @Nullable Connection connection;
    private final List<Runnable> afterCommit = new ArrayList<>();
  }
}
