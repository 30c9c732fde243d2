package dev.customers.benchmarks;

import dev.customers.core.internal.UuidV7Source;
import dev.customers.jdbc.JdbcSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

/**
 * A database of the benchmark's own: a PostgreSQL schema, a MariaDB database or an H2 file
 * database, holding the SDK's tables and dropped at the end. {@code -Dbench.keep=true} keeps it for
 * a look at query plans afterwards.
 */
record BenchDatabase(String kind, String url, String user, String schema, Runnable drop) {

  static BenchDatabase open(String kind) {
    String name =
        "cs_bench_"
            + new UuidV7Source(Clock.systemUTC()).next().toString().replace("-", "").substring(20);
    boolean keep = Boolean.getBoolean("bench.keep");
    switch (kind) {
      case "postgres" -> {
        String admin = "jdbc:postgresql://127.0.0.1:5432/test";
        execute(admin, "postgres", "create schema " + name);
        return new BenchDatabase(
            kind,
            admin + "?currentSchema=" + name + "&reWriteBatchedInserts=true",
            "postgres",
            name,
            dropping(keep, admin, "postgres", "drop schema " + name + " cascade", name));
      }
      case "mariadb" -> {
        String admin = "jdbc:mariadb://127.0.0.1:3306/test";
        execute(admin, "root", "create database " + name);
        return new BenchDatabase(
            kind,
            "jdbc:mariadb://127.0.0.1:3306/" + name + "?useBulkStmts=true",
            "root",
            name,
            dropping(keep, admin, "root", "drop database " + name, name));
      }
      case "h2" -> {
        try {
          Path dir = Files.createTempDirectory(name);
          return new BenchDatabase(
              kind,
              "jdbc:h2:file:" + dir.resolve("bench"),
              "sa",
              "public",
              () -> deleteQuietly(dir));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      default ->
          throw new IllegalArgumentException(
              "database must be postgres, mariadb or h2, not " + kind);
    }
  }

  /**
   * A PostgreSQL schema an earlier run kept ({@code -Dbench.keep=true}), loaded already: for
   * measuring again without loading again. Kept at the end too.
   */
  static BenchDatabase existingPostgres(String schema) {
    String admin = "jdbc:postgresql://127.0.0.1:5432/test";
    return new BenchDatabase(
        "postgres",
        admin + "?currentSchema=" + schema + "&reWriteBatchedInserts=true",
        "postgres",
        schema,
        () -> System.out.println("kept " + schema + " in " + admin));
  }

  /** The SDK's settings for this database: its tables in the benchmark's own schema. */
  JdbcSettings settings(int poolSize) {
    return JdbcSettings.of(url, user, "").withMaximumPoolSize(poolSize).withSchema(schema);
  }

  private static Runnable dropping(
      boolean keep, String admin, String user, String sql, String name) {
    return keep
        ? () -> System.out.println("kept " + name + " in " + admin)
        : () -> execute(admin, user, sql);
  }

  private static void execute(String url, String user, String sql) {
    try (Connection c = DriverManager.getConnection(url, user, "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed on " + url, e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      System.err.println("could not delete " + dir + ": " + e.getMessage());
    }
  }
}
