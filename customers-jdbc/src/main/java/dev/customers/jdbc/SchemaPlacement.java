package dev.customers.jdbc;

import dev.customers.api.StorageException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.Settings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the SDK's tables live: a schema of their own ({@value #DEFAULT} unless the host names
 * another; a database on MariaDB), so a host's own Flyway, which checks its schema for tables it
 * did not make, never finds the SDK's. A database that an earlier SDK migrated in the connection's
 * own schema stays there.
 */
final class SchemaPlacement {
  /** The schema the SDK uses when the host names none. */
  static final String DEFAULT = "customers";

  private static final Logger LOG = LoggerFactory.getLogger(SchemaPlacement.class);
  private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  private static final String HISTORY = "cs_schema_history";

  private SchemaPlacement() {}

  /** Checks a schema name the host gives: lower-case letters, digits and _, at most 63. */
  static String check(String schema) {
    if (!NAME.matcher(schema).matches()) {
      throw new IllegalArgumentException(
          "schema must be 1 to 63 lower-case letters, digits or _, not starting with a digit, was \""
              + schema
              + "\"");
    }
    return schema;
  }

  /**
   * The schema to use, as the database spells it: {@code requested} if given; otherwise the
   * connection's own schema when an earlier SDK migrated there, else {@value #DEFAULT}.
   */
  static String resolve(DataSource dataSource, SQLDialect dialect, @Nullable String requested) {
    if (requested != null) {
      return spelled(check(requested), dialect);
    }
    try (Connection connection = dataSource.getConnection()) {
      String own = ownSchema(connection, dialect);
      String preferred = spelled(DEFAULT, dialect);
      if (own != null
          && !own.equals(preferred)
          && holdsHistory(connection, dialect, own)
          && !holdsHistory(connection, dialect, preferred)) {
        LOG.info("the customers tables stay in schema {}, where an earlier version made them", own);
        return own;
      }
      return preferred;
    } catch (SQLException e) {
      throw new StorageException("cannot connect to the customers database: " + e.getMessage(), e);
    }
  }

  /** jOOQ settings that render the tables' schema as {@code schema}. */
  static Settings mapped(Settings settings, String schema) {
    return settings.withRenderMapping(
        new RenderMapping().withSchemata(new MappedSchema().withInput(DEFAULT).withOutput(schema)));
  }

  private static String spelled(String schema, SQLDialect dialect) {
    // H2 folds unquoted names to upper case; the tables' SQL is unquoted.
    return dialect.family() == SQLDialect.H2 ? schema.toUpperCase(Locale.ROOT) : schema;
  }

  private static @Nullable String ownSchema(Connection connection, SQLDialect dialect)
      throws SQLException {
    return isMariaDb(dialect) ? connection.getCatalog() : connection.getSchema();
  }

  private static boolean holdsHistory(Connection connection, SQLDialect dialect, String schema)
      throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    boolean mariaDb = isMariaDb(dialect);
    try (ResultSet rs =
        meta.getTables(mariaDb ? schema : null, mariaDb ? null : schema, HISTORY, null)) {
      return rs.next();
    }
  }

  private static boolean isMariaDb(SQLDialect dialect) {
    return dialect.family() == SQLDialect.MARIADB || dialect.family() == SQLDialect.MYSQL;
  }
}
