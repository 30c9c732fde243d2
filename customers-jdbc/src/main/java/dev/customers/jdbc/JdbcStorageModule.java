package dev.customers.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.inject.Exposed;
import com.google.inject.Module;
import com.google.inject.PrivateModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.customers.api.spi.Storage;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Binds {@link Storage} to a {@link JdbcStorage} and exposes nothing else. Three ways in: {@link
 * #forSettings} (the SDK makes and owns a HikariCP pool, closed by {@code Customers.close()}),
 * {@link #forDataSource} (the host's pool, never closed by the SDK), and {@link
 * #forBoundDataSource} (the host binds a DataSource annotated {@link CustomersDataSource} in its
 * own modules). The database is opened and migrated when {@code Storage} is first asked for, not in
 * {@code configure()}.
 */
public final class JdbcStorageModule extends PrivateModule {
  private final Module source;

  private JdbcStorageModule(Module source) {
    this.source = source;
  }

  public static JdbcStorageModule forSettings(JdbcSettings settings) {
    requireNonNull(settings, "settings");
    return new JdbcStorageModule(
        binder ->
            binder
                .bind(Storage.class)
                .toProvider(() -> JdbcStorage.open(settings))
                .in(Singleton.class));
  }

  /** The embedded default: an H2 database in files under {@code directory}. */
  public static JdbcStorageModule embeddedH2(Path directory) {
    return forSettings(JdbcSettings.embeddedH2(directory));
  }

  public static JdbcStorageModule forDataSource(DataSource dataSource) {
    requireNonNull(dataSource, "dataSource");
    return new JdbcStorageModule(
        binder ->
            binder
                .bind(Storage.class)
                .toProvider(() -> JdbcStorage.create(dataSource))
                .in(Singleton.class));
  }

  /**
   * The host's pool, with SDK calls joining the host's transactions (see {@link HostTransactions}):
   * for a plain JDBC host, {@code new JdbcTransactions(dataSource)}.
   */
  public static JdbcStorageModule forDataSource(
      DataSource dataSource, HostTransactions transactions) {
    requireNonNull(dataSource, "dataSource");
    requireNonNull(transactions, "transactions");
    return new JdbcStorageModule(
        binder ->
            binder
                .bind(Storage.class)
                .toProvider(() -> JdbcStorage.create(dataSource, transactions))
                .in(Singleton.class));
  }

  /**
   * The host's pool, the SDK's tables in {@code schema} (null: {@code customers}), joining the
   * host's transactions when {@code transactions} is given.
   */
  public static JdbcStorageModule forDataSource(
      DataSource dataSource, @Nullable String schema, @Nullable HostTransactions transactions) {
    requireNonNull(dataSource, "dataSource");
    if (schema != null) {
      SchemaPlacement.check(schema);
    }
    return new JdbcStorageModule(
        binder ->
            binder
                .bind(Storage.class)
                .toProvider(() -> JdbcStorage.create(dataSource, schema, transactions))
                .in(Singleton.class));
  }

  public static JdbcStorageModule forBoundDataSource() {
    return new JdbcStorageModule(new BoundDataSource());
  }

  @Override
  protected void configure() {
    install(source);
    expose(Storage.class);
  }

  /** Takes the host's DataSource from its {@link CustomersDataSource} binding. */
  private static final class BoundDataSource extends PrivateModule {
    @Override
    protected void configure() {}

    @Provides
    @Singleton
    @Exposed
    Storage storage(@CustomersDataSource DataSource dataSource) {
      return JdbcStorage.create(dataSource);
    }
  }
}
