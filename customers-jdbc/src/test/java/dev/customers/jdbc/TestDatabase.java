package dev.customers.jdbc;

import dev.customers.testkit.LocalServers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database of its own for one test: an in-memory H2 database, a PostgreSQL schema or a MariaDB
 * database, made fresh and dropped afterwards. When a server is not running the test is skipped
 * with a message, unless CI=true, where it fails.
 */
record TestDatabase(
    String kind,
    String url,
    String user,
    String password,
    String adminUrl,
    String dropSql,
    String schema) {

  static final String POSTGRES_ADMIN = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String MARIADB_ADMIN = "jdbc:mariadb://127.0.0.1:3306/test";

  /** A fresh database of the kind named: {@code h2}, {@code postgres} or {@code mariadb}. */
  static TestDatabase of(String kind) {
    return switch (kind) {
      case "h2" -> h2();
      case "postgres" -> postgres();
      case "mariadb" -> mariadb();
      default -> throw new IllegalArgumentException("no such kind of test database: " + kind);
    };
  }

  static TestDatabase h2() {
    String name = uniqueName();
    return new TestDatabase(
        "H2", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", "", "", "public");
  }

  static TestDatabase postgres() {
    return postgres("");
  }

  /**
   * A PostgreSQL schema; {@code extraParameters} go on the URL (such as {@code
   * &ApplicationName=x}).
   */
  static TestDatabase postgres(String extraParameters) {
    String schema = uniqueName();
    LocalServers.execute("PostgreSQL", POSTGRES_ADMIN, "postgres", "create schema " + schema);
    return new TestDatabase(
        "PostgreSQL",
        POSTGRES_ADMIN + "?currentSchema=" + schema + extraParameters,
        "postgres",
        "",
        POSTGRES_ADMIN,
        "drop schema " + schema + " cascade",
        schema);
  }

  static TestDatabase mariadb() {
    String database = uniqueName();
    LocalServers.execute("MariaDB", MARIADB_ADMIN, "root", "create database " + database);
    return new TestDatabase(
        "MariaDB",
        "jdbc:mariadb://127.0.0.1:3306/" + database,
        "root",
        "",
        MARIADB_ADMIN,
        "drop database " + database,
        database);
  }

  /**
   * Settings for this database, the SDK's tables in the connection's own schema, where the tests'
   * SQL finds them (the default placement has its own test, {@link SchemaCoexistenceTest}).
   */
  JdbcSettings settings() {
    return JdbcSettings.of(url, user, password).withMaximumPoolSize(4).withSchema(schema);
  }

  void drop() {
    if (kind.equals("H2")) {
      try (Connection c = DriverManager.getConnection(url, user, password);
          Statement s = c.createStatement()) {
        s.execute("shutdown");
      } catch (SQLException e) {
        throw new IllegalStateException("could not drop H2 database " + url, e);
      }
    } else {
      LocalServers.execute(kind, adminUrl, user, dropSql);
    }
  }

  private static String uniqueName() {
    return LocalServers.uniqueName("cs_test_");
  }
}
