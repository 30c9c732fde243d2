package dev.customers.jdbc;

import dev.customers.api.ConflictException;
import dev.customers.api.StorageException;
import java.sql.SQLException;
import org.jooq.exception.DataAccessException;
import org.jspecify.annotations.Nullable;

/** Translates database failures at the adapter's edge, keeping the cause. */
final class Errors {
  private static final int MYSQL_DUPLICATE_KEY = 1062;

  private Errors() {}

  /**
   * Whether the failure says the connection itself is gone (closed by the server, a network error),
   * rather than that the statement was wrong.
   */
  static boolean isDeadConnection(DataAccessException e) {
    SQLException sql = e.getCause(SQLException.class);
    String state = state(sql);
    return sql instanceof java.sql.SQLRecoverableException
        || sql instanceof java.sql.SQLNonTransientConnectionException
        || (state != null && (state.startsWith("08") || state.startsWith("57P0")));
  }

  /**
   * Whether the database chose this transaction as a deadlock victim (or could not serialize it)
   * and rolled it back: nothing of it committed, so it may run again.
   */
  static boolean isDeadlock(DataAccessException e) {
    String state = state(e.getCause(SQLException.class));
    return "40001".equals(state) || "40P01".equals(state);
  }

  static RuntimeException translate(DataAccessException e) {
    SQLException sql = e.getCause(SQLException.class);
    String state = state(sql);
    if (sql != null
        && ("23505".equals(state)
            || ("23000".equals(state) && sql.getErrorCode() == MYSQL_DUPLICATE_KEY))) {
      // A concurrent write took the value between our check and our insert; the transaction is
      // rolled back.
      return new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "another write took this value first (" + sql.getMessage() + "); read again and retry",
          null,
          e);
    }
    String detail = sql == null ? e.getMessage() : sql.getMessage() + " [SQLState " + state + "]";
    return new StorageException("the database call failed and was rolled back: " + detail, e);
  }

  private static @Nullable String state(@Nullable SQLException sql) {
    return sql == null ? null : sql.getSQLState();
  }
}
