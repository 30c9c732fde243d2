package dev.customers.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Substring search on PostgreSQL is served by a pg_trgm GIN index when the extension can be
 * created. Without it (no contrib package, no rights) search still works, by scanning the
 * organization's rows, and the log says so once.
 */
final class PostgresTrigramIndex {
  private static final Logger LOG = LoggerFactory.getLogger(PostgresTrigramIndex.class);

  private PostgresTrigramIndex() {}

  static boolean ensure(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      String schema = extensionSchema(statement);
      if (schema == null) {
        // In public, so every schema the SDK is migrated into (tests make many) can use it.
        statement.execute("create extension if not exists pg_trgm schema public");
        schema = extensionSchema(statement);
      }
      if (schema == null) {
        throw new SQLException("pg_trgm is not in pg_extension after create extension");
      }
      statement.execute(
          "create index if not exists cs_customers_trgm_ix on cs_customers using gin (s_all "
              + quote(schema)
              + ".gin_trgm_ops)");
      statement.execute(
          "create index if not exists cs_field_values_trgm_ix on cs_field_values using gin (v_search "
              + quote(schema)
              + ".gin_trgm_ops)");
      return true;
    } catch (SQLException e) {
      LOG.warn(
          "pg_trgm is not available ({}); customer search on PostgreSQL will scan each organization's rows "
              + "instead of using a trigram index",
          e.getMessage());
      return false;
    }
  }

  private static @Nullable String extensionSchema(Statement statement) throws SQLException {
    try (ResultSet rs =
        statement.executeQuery(
            "select n.nspname from pg_extension e join pg_namespace n "
                + "on n.oid = e.extnamespace where e.extname = 'pg_trgm'")) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
