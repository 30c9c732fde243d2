package dev.customers.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * Administration statements on a local database server for one test (make or drop its schema or
 * database). A server that is not running skips the test with a message saying so, unless the
 * environment has {@code CI=true}, where it fails the test.
 */
public final class LocalServers {
  private LocalServers() {}

  /**
   * A schema or database name of one test's own: the prefix and 16 random lower-case hex digits,
   * short enough for every server's identifiers with a suffix added.
   *
   * @param prefix what the name starts with, such as {@code cs_test_}
   * @return the name
   */
  public static String uniqueName(String prefix) {
    // The id's last 16 digits are its random part; the first ones are the time.
    String hex =
        new dev.customers.core.internal.UuidV7Source(java.time.Clock.systemUTC())
            .next()
            .toString()
            .replace("-", "");
    return prefix + hex.substring(16);
  }

  /**
   * Runs {@code sql} on the server at {@code url} as {@code user} (no password).
   *
   * @param server the server's name for the message, such as {@code PostgreSQL}
   * @param url the JDBC URL of a database on the server
   * @param user the administrator
   * @param sql the statement
   */
  public static void execute(String server, String url, String user, String sql) {
    try (Connection c = DriverManager.getConnection(url, user, "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      String why = server + " is not reachable at " + url + " (" + e.getMessage() + ")";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true requires " + server + ": " + why, e);
      }
      Assumptions.abort("skipping " + server + " test: " + why);
    }
  }
}
