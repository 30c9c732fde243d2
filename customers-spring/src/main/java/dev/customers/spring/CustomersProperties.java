package dev.customers.spring;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SDK's settings under {@code customers.*}: where it stores ({@code storage}), the schema of
 * its tables ({@code schema}), whether its calls join Spring's transactions, and its own pool
 * ({@code pool.*}, for {@code storage=pool}).
 *
 * @param storage {@code data-source} (the context's DataSource, the default), {@code pool} (a pool
 *     of the SDK's own from {@code customers.pool.*}) or {@code in-memory}
 * @param schema the schema (a database on MariaDB) of the SDK's tables; unset: {@code customers}
 * @param joinTransactions whether SDK calls inside a Spring transaction on the context's DataSource
 *     join it (default true)
 * @param pool the SDK's own pool, used when {@code storage=pool}
 */
@ConfigurationProperties("customers")
public record CustomersProperties(
    @DefaultValue("data-source") Storage storage,
    @Nullable String schema,
    @DefaultValue("true") boolean joinTransactions,
    @DefaultValue Pool pool) {

  /** Where the SDK keeps its data. */
  public enum Storage {
    /** The application context's {@code DataSource}. */
    DATA_SOURCE,
    /** A HikariCP pool of the SDK's own, from {@code customers.pool.*}. */
    POOL,
    /** In memory: gone when the application stops (tests, demos). */
    IN_MEMORY
  }

  /**
   * The SDK's own pool ({@code storage=pool}).
   *
   * @param url the JDBC URL
   * @param username the database user
   * @param password the user's password
   * @param maximumPoolSize at most this many connections
   * @param minimumIdle connections kept open while idle
   * @param connectionTimeout how long a call waits for a connection
   * @param idleTimeout how long a connection above the minimum stays idle before it closes
   */
  public record Pool(
      @Nullable String url,
      @DefaultValue("") String username,
      @DefaultValue("") String password,
      @DefaultValue("10") int maximumPoolSize,
      @DefaultValue("1") int minimumIdle,
      @DefaultValue("10s") Duration connectionTimeout,
      @DefaultValue("10m") Duration idleTimeout) {}
}
