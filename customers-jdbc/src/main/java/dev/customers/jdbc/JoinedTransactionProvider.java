package dev.customers.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import org.jooq.Transaction;
import org.jooq.TransactionContext;
import org.jooq.TransactionProvider;
import org.jooq.exception.DataAccessException;

/**
 * How an SDK call runs inside a host's transaction: in a savepoint on the host's connection, so a
 * call that fails undoes only its own statements (and on PostgreSQL leaves the host's transaction
 * usable), and never commits: the host's transaction commits or rolls back everything. jOOQ's own
 * transaction machinery drives it; only begin, commit and rollback are ours.
 */
final class JoinedTransactionProvider implements TransactionProvider {
  private final Connection connection;

  JoinedTransactionProvider(Connection connection) {
    this.connection = connection;
  }

  @Override
  public void begin(TransactionContext context) {
    try {
      context.transaction(new Joined(connection.setSavepoint()));
    } catch (SQLException e) {
      throw new DataAccessException("cannot set a savepoint in the host's transaction", e);
    }
  }

  @Override
  public void commit(TransactionContext context) {
    try {
      connection.releaseSavepoint(savepoint(context));
    } catch (SQLException e) {
      throw new DataAccessException("cannot release the SDK's savepoint", e);
    }
  }

  @Override
  public void rollback(TransactionContext context) {
    try {
      connection.rollback(savepoint(context));
    } catch (SQLException e) {
      throw new DataAccessException("cannot roll back to the SDK's savepoint", e);
    }
  }

  private static Savepoint savepoint(TransactionContext context) {
    Transaction transaction = context.transaction();
    if (!(transaction instanceof Joined joined)) {
      throw new IllegalStateException("not a joined transaction: " + transaction);
    }
    return joined.savepoint;
  }

  private record Joined(Savepoint savepoint) implements Transaction {}
}
