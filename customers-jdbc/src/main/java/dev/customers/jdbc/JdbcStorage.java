package dev.customers.jdbc;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.customers.api.StorageException;
import dev.customers.api.spi.Storage;
import dev.customers.api.spi.StoreWork;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Storage in a relational database (H2, PostgreSQL, MariaDB/MySQL) through jOOQ. Opening it
 * migrates the schema with Flyway ({@link Migrations}). Each transaction runs on one connection; a
 * transaction started inside another on the same thread joins it.
 */
public final class JdbcStorage implements Storage {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcStorage.class);

  private final DataSource dataSource;
  private final boolean ownsDataSource;
  private final DSLContext db;
  private final Settings settings;
  private final SQLDialect dialect;
  private final boolean trigramSearch;

  // Per instance, not static: each storage has its own transactions (a host may open several).
  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<@Nullable JooqSession> current = new ThreadLocal<>();

  private JdbcStorage(DataSource dataSource, boolean ownsDataSource) {
    this.dataSource = dataSource;
    this.ownsDataSource = ownsDataSource;
    this.dialect = dialectOf(dataSource);
    this.settings =
        new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER).withExecuteLogging(false);
    this.db = DSL.using(dataSource, dialect, settings);
    Migrations.migrate(dataSource, dialect);
    this.trigramSearch =
        dialect.family() == SQLDialect.POSTGRES && PostgresTrigramIndex.ensure(dataSource);
  }

  /** Storage over a DataSource the host owns; {@link #close()} leaves it open. */
  public static JdbcStorage create(DataSource dataSource) {
    return new JdbcStorage(requireNonNull(dataSource, "dataSource"), false);
  }

  /** Storage over a HikariCP pool it makes from {@code settings} and closes in {@link #close()}. */
  public static JdbcStorage open(JdbcSettings settings) {
    HikariDataSource pool = pool(settings);
    try {
      return new JdbcStorage(pool, true);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  static HikariDataSource pool(JdbcSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.url());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.maximumPoolSize());
    config.setPoolName("customers-sdk");
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StorageException("cannot connect to " + settings.url() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Whether PostgreSQL search runs on a pg_trgm index (false: the extension could not be created).
   */
  public boolean trigramSearch() {
    return trigramSearch;
  }

  @Override
  public <T extends @Nullable Object> T inTransaction(StoreWork<T> work) {
    requireNonNull(work, "work");
    JooqSession joined = current.get();
    if (joined != null) {
      if (joined.readOnly()) {
        throw new IllegalStateException("cannot start a write transaction inside a read");
      }
      return work.run(joined);
    }
    try {
      return db.transactionResult(
          configuration -> runIn(new JooqSession(configuration.dsl(), false), work));
    } catch (DataAccessException e) {
      throw Errors.translate(e);
    }
  }

  private <T extends @Nullable Object> T runIn(JooqSession session, StoreWork<T> work) {
    current.set(session);
    try {
      return work.run(session);
    } finally {
      current.remove();
    }
  }

  /**
   * Reads on one pooled connection in auto-commit mode: a read needs no commit round trip, and the
   * reads the services make are single statements or tolerate statements seeing later commits.
   */
  @Override
  public <T extends @Nullable Object> T read(StoreWork<T> work) {
    requireNonNull(work, "work");
    JooqSession joined = current.get();
    if (joined != null) {
      return work.run(joined);
    }
    try {
      return db.connectionResult(
          connection ->
              runIn(new JooqSession(DSL.using(connection, dialect, settings), true), work));
    } catch (DataAccessException e) {
      throw Errors.translate(e);
    }
  }

  @Override
  public void close() {
    if (ownsDataSource && dataSource instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        LOG.warn("closing the SDK's connection pool failed", e);
      }
    }
  }

  private static SQLDialect dialectOf(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      SQLDialect dialect = JDBCUtils.dialect(connection);
      if (dialect == SQLDialect.DEFAULT) {
        throw new IllegalArgumentException(
            "unsupported database: " + connection.getMetaData().getDatabaseProductName());
      }
      return dialect;
    } catch (SQLException e) {
      throw new StorageException("cannot connect to the customers database: " + e.getMessage(), e);
    }
  }
}
