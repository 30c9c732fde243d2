package dev.customers.spring;

import dev.customers.testkit.LocalServers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A database of one test's own, as a Spring host would configure it: an in-memory H2 database, a
 * PostgreSQL database, or a MariaDB database (where the SDK's schema, a server-wide database, is
 * named for the test). Skipped with a message when the server is not running, unless CI=true.
 */
record SpringDatabase(String kind, String url, String user, List<String> properties) {
  private static final String POSTGRES_ADMIN = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String MARIADB_ADMIN = "jdbc:mariadb://127.0.0.1:3306/test";

  static SpringDatabase of(String kind) {
    String name = LocalServers.uniqueName("cs_sp_");
    return switch (kind) {
      case "h2" -> make(kind, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", List.of());
      case "postgres" -> {
        admin(kind, POSTGRES_ADMIN, "postgres", "create database " + name);
        yield make(kind, "jdbc:postgresql://127.0.0.1:5432/" + name, "postgres", List.of());
      }
      case "mariadb" -> {
        admin(kind, MARIADB_ADMIN, "root", "create database " + name);
        yield make(
            kind,
            "jdbc:mariadb://127.0.0.1:3306/" + name,
            "root",
            List.of("customers.schema=" + name + "_customers"));
      }
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private static SpringDatabase make(String kind, String url, String user, List<String> extra) {
    List<String> properties = new ArrayList<>();
    properties.add("spring.datasource.url=" + url);
    properties.add("spring.datasource.username=" + user);
    properties.add("spring.datasource.password=");
    properties.addAll(extra);
    return new SpringDatabase(kind, url, user, List.copyOf(properties));
  }

  void drop() {
    String name = url.substring(url.lastIndexOf('/') + 1);
    switch (kind) {
      case "h2" -> {
        try (Connection c = DriverManager.getConnection(url, user, "");
            Statement s = c.createStatement()) {
          s.execute("shutdown");
        } catch (SQLException e) {
          throw new IllegalStateException("could not drop " + url, e);
        }
      }
      case "postgres" ->
          admin(kind, POSTGRES_ADMIN, user, "drop database " + name + " with (force)");
      default -> {
        admin(kind, MARIADB_ADMIN, user, "drop database " + name);
        admin(kind, MARIADB_ADMIN, user, "drop database if exists " + name + "_customers");
      }
    }
  }

  private static void admin(String kind, String url, String user, String sql) {
    LocalServers.execute(kind, url, user, sql);
  }
}
