package dev.customers.jdbc;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Where the adapter's own connection pool connects, and how it is sized: at most {@code
 * maximumPoolSize} connections, {@code minimumIdle} kept open while idle (one by default, so a
 * start opens one connection, not ten), {@code connectionTimeout} to wait for one, and {@code
 * idleTimeout} before an idle connection above the minimum is closed; {@code schema} is where the
 * SDK's tables live (null: {@code customers}, or where an earlier version made them).
 */
public record JdbcSettings(
    String url,
    String user,
    String password,
    int maximumPoolSize,
    int minimumIdle,
    Duration connectionTimeout,
    Duration idleTimeout,
    @Nullable String schema) {
  /** Checks the components; a bad one is an {@link IllegalArgumentException} naming it. */
  public JdbcSettings {
    requireNonNull(url, "url");
    requireNonNull(user, "user");
    requireNonNull(password, "password");
    requireNonNull(connectionTimeout, "connectionTimeout");
    requireNonNull(idleTimeout, "idleTimeout");
    if (!url.startsWith("jdbc:")) {
      throw new IllegalArgumentException("not a JDBC URL: " + url);
    }
    if (maximumPoolSize < 1) {
      throw new IllegalArgumentException(
          "maximumPoolSize must be at least 1, was " + maximumPoolSize);
    }
    if (minimumIdle < 0 || minimumIdle > maximumPoolSize) {
      throw new IllegalArgumentException(
          "minimumIdle must be between 0 and maximumPoolSize ("
              + maximumPoolSize
              + "), was "
              + minimumIdle);
    }
    // HikariCP's own floors: 250 ms to wait for a connection, 10 s before an idle one closes.
    if (connectionTimeout.compareTo(Duration.ofMillis(250)) < 0) {
      throw new IllegalArgumentException(
          "connectionTimeout must be at least 250 ms, was " + connectionTimeout);
    }
    if (idleTimeout.compareTo(Duration.ofSeconds(10)) < 0) {
      throw new IllegalArgumentException("idleTimeout must be at least 10 s, was " + idleTimeout);
    }
    if (schema != null) {
      SchemaPlacement.check(schema);
    }
  }

  /** A pool of up to 10 connections, one kept idle, waiting up to 10 s for a connection. */
  public static JdbcSettings of(String url, String user, String password) {
    return new JdbcSettings(
        url, user, password, 10, 1, Duration.ofSeconds(10), Duration.ofMinutes(10), null);
  }

  /** An embedded, file-backed H2 database in {@code directory}. */
  public static JdbcSettings embeddedH2(Path directory) {
    return of("jdbc:h2:file:" + directory.toAbsolutePath().resolve("customers"), "sa", "");
  }

  /** The same settings with at most {@code size} connections. */
  public JdbcSettings withMaximumPoolSize(int size) {
    return new JdbcSettings(
        url,
        user,
        password,
        size,
        Math.min(minimumIdle, size),
        connectionTimeout,
        idleTimeout,
        schema);
  }

  /** The same settings keeping {@code count} connections open while idle. */
  public JdbcSettings withMinimumIdle(int count) {
    return new JdbcSettings(
        url, user, password, maximumPoolSize, count, connectionTimeout, idleTimeout, schema);
  }

  /** The same settings waiting at most {@code timeout} for a connection. */
  public JdbcSettings withConnectionTimeout(Duration timeout) {
    return new JdbcSettings(
        url, user, password, maximumPoolSize, minimumIdle, timeout, idleTimeout, schema);
  }

  /** The same settings closing connections above the minimum after {@code timeout} idle. */
  public JdbcSettings withIdleTimeout(Duration timeout) {
    return new JdbcSettings(
        url, user, password, maximumPoolSize, minimumIdle, connectionTimeout, timeout, schema);
  }

  /**
   * The same settings keeping the SDK's tables in {@code schema} (a database on MariaDB), made if
   * missing: lower-case letters, digits and _.
   */
  public JdbcSettings withSchema(String schema) {
    requireNonNull(schema, "schema");
    return new JdbcSettings(
        url, user, password, maximumPoolSize, minimumIdle, connectionTimeout, idleTimeout, schema);
  }

  @Override
  public String toString() {
    return "JdbcSettings[url="
        + url
        + ", user="
        + user
        + ", maximumPoolSize="
        + maximumPoolSize
        + ", minimumIdle="
        + minimumIdle
        + ", connectionTimeout="
        + connectionTimeout
        + ", idleTimeout="
        + idleTimeout
        + ", schema="
        + schema
        + "]";
  }
}
