package dev.customers.jdbc;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.customers.api.StorageException;
import dev.customers.api.spi.Storage;
import dev.customers.api.spi.StoreWork;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultConnectionProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
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
  private final @Nullable HostTransactions host;
  private final String schema;

  // Per instance, not static: each storage has its own transactions (a host may open several).
  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<@Nullable JooqSession> current = new ThreadLocal<>();

  private JdbcStorage(
      DataSource dataSource,
      boolean ownsDataSource,
      @Nullable String schema,
      @Nullable HostTransactions host) {
    this.dataSource = dataSource;
    this.host = host;
    this.ownsDataSource = ownsDataSource;
    this.dialect = dialectOf(dataSource);
    this.schema = SchemaPlacement.resolve(dataSource, dialect, schema);
    this.settings =
        SchemaPlacement.mapped(
            new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER).withExecuteLogging(false),
            this.schema);
    // Marks the running session once one of its statements has completed: until then, a dead
    // connection cannot have done anything, and the call may run again on another.
    ExecuteListener sentMarker =
        new ExecuteListener() {
          @Override
          public void executeEnd(ExecuteContext context) {
            JooqSession session = current.get();
            if (session != null && context.sqlException() == null) {
              session.markSent();
            }
          }
        };
    this.db =
        DSL.using(
            new DefaultConfiguration()
                .set(dataSource)
                .set(dialect)
                .set(settings)
                .set(new DefaultExecuteListenerProvider(sentMarker)));
    Migrations.migrate(dataSource, dialect, this.schema);
    JooqBanner.greetQuietly(db);
    this.trigramSearch =
        dialect.family() == SQLDialect.POSTGRES
            && PostgresTrigramIndex.present(dataSource, this.schema);
  }

  /**
   * Storage over a DataSource the host owns, its tables in schema {@code customers} (see {@link
   * #create(DataSource, String, HostTransactions)}); {@link #close()} leaves the DataSource open.
   */
  public static JdbcStorage create(DataSource dataSource) {
    return new JdbcStorage(requireNonNull(dataSource, "dataSource"), false, null, null);
  }

  /**
   * Storage over the host's DataSource with its tables in {@code schema} (a database on MariaDB),
   * made if missing; with {@code transactions}, calls join the host's transactions. A null schema
   * is {@code customers}, or the connection's own schema where an earlier version made the tables.
   */
  public static JdbcStorage create(
      DataSource dataSource, @Nullable String schema, @Nullable HostTransactions transactions) {
    return new JdbcStorage(
        requireNonNull(dataSource, "dataSource"),
        false,
        schema == null ? null : SchemaPlacement.check(schema),
        transactions);
  }

  /**
   * Storage over the host's DataSource whose calls join the host's transactions: a call made while
   * {@code transactions} has one running on the calling thread runs on its connection and commits
   * with it (see {@link HostTransactions}).
   */
  public static JdbcStorage create(DataSource dataSource, HostTransactions transactions) {
    return new JdbcStorage(
        requireNonNull(dataSource, "dataSource"),
        false,
        null,
        requireNonNull(transactions, "transactions"));
  }

  /** Storage over a HikariCP pool it makes from {@code settings} and closes in {@link #close()}. */
  public static JdbcStorage open(JdbcSettings settings) {
    HikariDataSource pool = pool(settings);
    try {
      return new JdbcStorage(pool, true, settings.schema(), null);
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
    config.setMinimumIdle(settings.minimumIdle());
    config.setConnectionTimeout(settings.connectionTimeout().toMillis());
    config.setIdleTimeout(settings.idleTimeout().toMillis());
    config.setPoolName("customers-sdk");
    if (settings.url().startsWith("jdbc:mariadb:") || settings.url().startsWith("jdbc:mysql:")) {
      // Read committed, as on PostgreSQL and H2: MariaDB's default (repeatable read) takes gap
      // locks on index ranges that transactions on different tags or customers share, and they
      // deadlock. Nothing here relies on repeatable read: updates are guarded by version, unique
      // rules by unique indexes, counters by row locks.
      config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    }
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StorageException(
          "cannot connect to "
              + settings.url()
              + " as "
              + settings.user()
              + " ("
              + e.getMessage()
              + "): check that the database is running and reachable, and the user and password",
          e);
    }
  }

  /** The schema (a database on MariaDB) that holds the SDK's tables, as the database spells it. */
  public String schema() {
    return schema;
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
    Connection hostConnection = hostConnection();
    if (hostConnection != null) {
      // In the host's transaction: a savepoint on its connection, never retried (what ran before
      // in the host's transaction is the host's), committed by the host.
      DSLContext joinedDb =
          DSL.using(
              db.configuration()
                  .derive(new DefaultConnectionProvider(hostConnection))
                  .derive(new JoinedTransactionProvider(hostConnection)));
      try {
        return joinedDb.transactionResult(
            configuration -> runIn(new JooqSession(configuration.dsl(), false), work));
      } catch (DataAccessException e) {
        throw Errors.translate(e);
      }
    }
    Attempts attempts = new Attempts();
    while (true) {
      try {
        return db.transactionResult(
            configuration ->
                runIn(attempts.start(new JooqSession(configuration.dsl(), false)), work));
      } catch (DataAccessException e) {
        if (!attempts.mayRunAgain(e)) {
          throw Errors.translate(e);
        }
        if (Errors.isDeadConnection(e)) {
          dropIdleConnections();
        }
      }
    }
  }

  /**
   * A restart or failover ends every idle connection at once: a pool the SDK owns drops its idle
   * ones so the call that runs again gets a live one. A host's own pool is left to the host.
   */
  private void dropIdleConnections() {
    LOG.info("a pooled connection was dead before the call sent anything; running the call again");
    if (ownsDataSource && dataSource instanceof HikariDataSource pool) {
      HikariPoolMXBean bean = pool.getHikariPoolMXBean();
      if (bean != null) {
        bean.softEvictConnections();
      }
    }
  }

  /**
   * The attempts of one call. A call runs again only when nothing of it can have committed: once
   * when its connection was found dead before any of its statements completed, and up to twice when
   * the database rolled it back as a deadlock victim. A call that may have committed (a connection
   * lost after its statements ran, or at commit) is never run again.
   */
  private static final class Attempts {
    private static final int DEADLOCK_ATTEMPTS = 3;
    private int failed;
    private @Nullable JooqSession session;

    JooqSession start(JooqSession started) {
      session = started;
      return started;
    }

    boolean mayRunAgain(DataAccessException e) {
      failed++;
      if (Errors.isDeadlock(e)) {
        LOG.debug("the database rolled back a call as a deadlock victim (attempt {})", failed);
        return failed < DEADLOCK_ATTEMPTS;
      }
      return failed == 1 && (session == null || !session.sent()) && Errors.isDeadConnection(e);
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
    Connection hostConnection = hostConnection();
    if (hostConnection != null) {
      // Reads in the host's transaction see its writes, and the SDK's own writes in it.
      try {
        return runIn(
            new JooqSession(
                DSL.using(db.configuration().derive(new DefaultConnectionProvider(hostConnection))),
                true),
            work);
      } catch (DataAccessException e) {
        throw Errors.translate(e);
      }
    }
    Attempts attempts = new Attempts();
    while (true) {
      try {
        return db.connectionResult(
            connection ->
                runIn(
                    attempts.start(
                        new JooqSession(DSL.using(db.configuration().derive(connection)), true)),
                    work));
      } catch (DataAccessException e) {
        if (!attempts.mayRunAgain(e)) {
          throw Errors.translate(e);
        }
        if (Errors.isDeadConnection(e)) {
          dropIdleConnections();
        }
      }
    }
  }

  /** The connection of the host's transaction the calling thread is in, if any. */
  private @Nullable Connection hostConnection() {
    return host == null ? null : host.currentConnection();
  }

  /**
   * Delivers after the host's transaction commits when the call ran in one; otherwise at once, the
   * call's own transaction having committed when it returned.
   */
  @Override
  public void whenCommitted(Runnable action) {
    requireNonNull(action, "action");
    if (current.get() == null && host != null && hostConnection() != null) {
      host.afterCommit(action);
    } else {
      action.run();
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

  static SQLDialect dialectOf(DataSource dataSource) {
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
