package dev.customers.jdbc;

import dev.customers.api.StorageException;
import dev.customers.api.spi.SchemaTooNewException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.jooq.SQLDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema's migrations and how Flyway runs them (history table {@code cs_schema_history}, so a
 * host's own Flyway history is left alone).
 *
 * <p>Layout: {@code V1} and {@code V2} stay in each dialect's folder as they shipped (databases
 * exist with their checksums). From there on a capability adds its own file with a timestamped
 * version, {@code V<yyyy>_<MM>_<dd>_<HHmm>__<capability>_<what>.sql}, which sorts after {@code V2}
 * and cannot collide with another capability's work. SQL that is the same for every dialect goes
 * once in {@code common}, writing the types that differ as placeholders ({@link #placeholders});
 * SQL that cannot be shared goes in each dialect's folder under the same version.
 */
final class Migrations {
  static final String ROOT = "classpath:dev/customers/jdbc/migration/";

  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  /** The folder of a dialect's own migrations. */
  static String folder(SQLDialect dialect) {
    return switch (dialect.family()) {
      case POSTGRES -> "postgresql";
      case MARIADB, MYSQL -> "mariadb";
      case H2 -> "h2";
      default ->
          throw new IllegalArgumentException(
              "unsupported database: " + dialect + " (use H2, PostgreSQL or MariaDB/MySQL)");
    };
  }

  /**
   * The types a {@code common} migration names as placeholders: {@code ${uuid}} (an id), {@code
   * ${timestamp}} (a UTC instant to the microsecond), {@code ${text}} (text of any length), {@code
   * ${bytes}} (up to 16 MB of bytes), and {@code ${table_options}} (what ends a {@code create
   * table}).
   */
  static Map<String, String> placeholders(SQLDialect dialect) {
    return switch (folder(dialect)) {
      case "postgresql" ->
          Map.of(
              "uuid", "uuid",
              "timestamp", "timestamp(6)",
              "text", "text",
              "bytes", "bytea",
              "table_options", "");
      case "mariadb" ->
          Map.of(
              "uuid", "char(36) character set ascii collate ascii_bin",
              "timestamp", "datetime(6)",
              "text", "mediumtext",
              "bytes", "mediumblob",
              "table_options", "engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin");
      default ->
          Map.of(
              "uuid", "uuid",
              "timestamp", "timestamp(6)",
              "text", "clob",
              "bytes", "blob",
              "table_options", "");
    };
  }

  /**
   * The Flyway configuration for the SDK's schema, plus any {@code extraLocations} (tests add
   * some).
   */
  static FluentConfiguration configure(
      DataSource dataSource, SQLDialect dialect, String schema, String... extraLocations) {
    List<String> locations = new ArrayList<>(List.of(ROOT + folder(dialect), ROOT + "common"));
    locations.addAll(List.of(extraLocations));
    return Flyway.configure(JdbcStorage.class.getClassLoader())
        .dataSource(dataSource)
        .locations(locations.toArray(String[]::new))
        .placeholders(placeholders(dialect))
        .schemas(schema)
        .table("cs_schema_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .loggers(QuietFlywayLog.class.getName());
  }

  /**
   * Brings the schema up to date; a failure is a {@link StorageException} that says what to do: a
   * schema newer than this SDK, a user without the right to create tables, an unreachable database.
   */
  static void migrate(
      DataSource dataSource, SQLDialect dialect, String schema, String... extraLocations) {
    try {
      MigrateResult result =
          QuietFlywayLog.quietly(
              () -> {
                Flyway flyway = configure(dataSource, dialect, schema, extraLocations).load();
                refuseNewerSchema(flyway);
                return flyway.migrate();
              });
      if (result.migrationsExecuted > 0) {
        LOG.info(
            "customers schema {} migrated to version {} ({} migrations)",
            schema,
            result.targetSchemaVersion,
            result.migrationsExecuted);
      }
    } catch (StorageException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StorageException(explain(e), e);
    }
  }

  /** A schema migrated by a newer SDK is refused rather than used with an older one. */
  private static void refuseNewerSchema(Flyway flyway) {
    MigrationInfo[] all = flyway.info().all();
    String newestApplied = null;
    String newestKnown = "none";
    boolean future = false;
    for (MigrationInfo info : all) {
      if (info.getVersion() == null) {
        continue;
      }
      if (info.getState().name().startsWith("FUTURE")) {
        future = true;
        newestApplied = info.getVersion().getVersion();
      } else if (info.getState().isResolved()) {
        newestKnown = info.getVersion().getVersion();
      }
    }
    if (future) {
      throw new SchemaTooNewException(String.valueOf(newestApplied), newestKnown);
    }
  }

  private static String explain(RuntimeException e) {
    SQLException sql = null;
    for (Throwable t = e; t != null && sql == null; t = t.getCause()) {
      if (t instanceof SQLException found) {
        sql = found;
      }
    }
    String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
    int code = sql == null ? 0 : sql.getErrorCode();
    if (state.equals("42501") || code == 1142 || code == 1044 || code == 90096) {
      return "the database user may not create the customers tables ("
          + e.getMessage()
          + "): grant it CREATE on the schema, or start the SDK once with a user who may";
    }
    if (state.startsWith("08")) {
      return "cannot reach the database to migrate the customers schema ("
          + e.getMessage()
          + "): check that it is running and that the URL, user and password are right";
    }
    if (String.valueOf(e.getMessage()).contains("No database found to handle")) {
      return "Flyway has no support for this database on the class path ("
          + e.getMessage()
          + "): add org.flywaydb:flyway-database-postgresql for PostgreSQL or"
          + " org.flywaydb:flyway-mysql for MariaDB and MySQL (versions in customers-bom)";
    }
    return "migrating the customers schema failed: " + e.getMessage();
  }
}
