package dev.customers.benchmarks;

import dev.customers.core.internal.UuidV7Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

/**
 * A database of the benchmark's own: a PostgreSQL schema or an H2 file database, dropped at the
 * end.
 */
record BenchDatabase(String kind, String url, String user, Runnable drop) {

  static BenchDatabase open(String kind) {
    String name =
        "cs_bench_"
            + new UuidV7Source(Clock.systemUTC()).next().toString().replace("-", "").substring(20);
    switch (kind) {
      case "postgres" -> {
        String admin = "jdbc:postgresql://127.0.0.1:5432/test";
        execute(admin, "postgres", "create schema " + name);
        // -Dbench.keep=true keeps the schema for a look at query plans afterwards.
        Runnable drop =
            Boolean.getBoolean("bench.keep")
                ? () -> System.out.println("kept schema " + name + " in " + admin)
                : () -> execute(admin, "postgres", "drop schema " + name + " cascade");
        return new BenchDatabase(
            kind,
            admin + "?currentSchema=" + name + "&reWriteBatchedInserts=true",
            "postgres",
            drop);
      }
      case "h2" -> {
        try {
          Path dir = Files.createTempDirectory(name);
          return new BenchDatabase(
              kind, "jdbc:h2:file:" + dir.resolve("bench"), "sa", () -> deleteQuietly(dir));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      default -> throw new IllegalArgumentException("database must be postgres or h2, not " + kind);
    }
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
