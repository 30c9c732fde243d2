package dev.customers.jdbc;

import dev.customers.api.StorageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jooq.SQLDialect;

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
   * ${timestamp}} (a UTC instant to the microsecond), {@code ${text}} (text of any length), and
   * {@code ${table_options}} (what ends a {@code create table}).
   */
  static Map<String, String> placeholders(SQLDialect dialect) {
    return switch (folder(dialect)) {
      case "postgresql" ->
          Map.of("uuid", "uuid", "timestamp", "timestamp(6)", "text", "text", "table_options", "");
      case "mariadb" ->
          Map.of(
              "uuid", "char(36) character set ascii collate ascii_bin",
              "timestamp", "datetime(6)",
              "text", "mediumtext",
              "table_options", "engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin");
      default ->
          Map.of("uuid", "uuid", "timestamp", "timestamp(6)", "text", "clob", "table_options", "");
    };
  }

  /**
   * The Flyway configuration for the SDK's schema, plus any {@code extraLocations} (tests add
   * some).
   */
  static FluentConfiguration configure(
      DataSource dataSource, SQLDialect dialect, String... extraLocations) {
    List<String> locations = new ArrayList<>(List.of(ROOT + folder(dialect), ROOT + "common"));
    locations.addAll(List.of(extraLocations));
    return Flyway.configure(JdbcStorage.class.getClassLoader())
        .dataSource(dataSource)
        .locations(locations.toArray(String[]::new))
        .placeholders(placeholders(dialect))
        .table("cs_schema_history")
        .baselineOnMigrate(true)
        .baselineVersion("0");
  }

  /** Brings the schema up to date; a failure is a {@link StorageException} naming what failed. */
  static void migrate(DataSource dataSource, SQLDialect dialect, String... extraLocations) {
    try {
      configure(dataSource, dialect, extraLocations).load().migrate();
    } catch (RuntimeException e) {
      throw new StorageException("migrating the customers schema failed: " + e.getMessage(), e);
    }
  }
}
