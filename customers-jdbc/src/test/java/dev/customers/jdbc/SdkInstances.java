package dev.customers.jdbc;

import dev.customers.api.Customers;
import dev.customers.core.CustomersSdk;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * SDK instances over one fresh test database, each with a pool of its own, as separate hosts would
 * run them: closed newest first, and the database dropped, when the test ends.
 */
final class SdkInstances implements AutoCloseable {
  private final TestDatabase database;
  private final List<Customers> opened = new ArrayList<>();

  /** A fresh database of the kind named: {@code h2}, {@code postgres} or {@code mariadb}. */
  SdkInstances(String kind) {
    this.database = TestDatabase.of(kind);
  }

  TestDatabase database() {
    return database;
  }

  /** Another instance over the database. */
  Customers open() {
    return open(builder -> builder);
  }

  /** Another instance over the database, with more set on its builder (a notifier, say). */
  Customers open(UnaryOperator<CustomersSdk.Builder> more) {
    Customers customers =
        more.apply(
                CustomersSdk.builder().storage(JdbcStorageModule.forSettings(database.settings())))
            .build();
    opened.add(customers);
    return customers;
  }

  @Override
  public void close() {
    for (int i = opened.size() - 1; i >= 0; i--) {
      opened.get(i).close();
    }
    database.drop();
  }
}
