package dev.customers.jdbc;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/** Where the adapter's own connection pool connects, and how large the pool may grow. */
public record JdbcSettings(String url, String user, String password, int maximumPoolSize) {
  public JdbcSettings {
    requireNonNull(url, "url");
    requireNonNull(user, "user");
    requireNonNull(password, "password");
    if (!url.startsWith("jdbc:")) {
      throw new IllegalArgumentException("not a JDBC URL: " + url);
    }
    if (maximumPoolSize < 1) {
      throw new IllegalArgumentException(
          "maximumPoolSize must be at least 1, was " + maximumPoolSize);
    }
  }

  public static JdbcSettings of(String url, String user, String password) {
    return new JdbcSettings(url, user, password, 10);
  }

  /** An embedded H2 database in files under {@code directory}; its data survives a restart. */
  public static JdbcSettings embeddedH2(Path directory) {
    return of("jdbc:h2:file:" + directory.toAbsolutePath().resolve("customers"), "sa", "");
  }

  public JdbcSettings withMaximumPoolSize(int size) {
    return new JdbcSettings(url, user, password, size);
  }

  @Override
  public String toString() {
    return "JdbcSettings[url="
        + url
        + ", user="
        + user
        + ", maximumPoolSize="
        + maximumPoolSize
        + "]";
  }
}
