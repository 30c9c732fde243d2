package dev.customers.jdbc;

import dev.customers.testkit.EveryServiceContract;
import dev.customers.testkit.StorageUnderTest;

/** Every service contract on PostgreSQL, wired through {@link JdbcStorageModule}. */
class PostgresServiceContractsTest extends EveryServiceContract {
  private final StorageUnderTest storage = new JdbcStorageUnderTest(TestDatabase::postgres);

  @Override
  protected StorageUnderTest storageUnderTest() {
    return storage;
  }
}
