package dev.customers.jdbc;

import dev.customers.testkit.EveryStoreContract;
import dev.customers.testkit.StorageUnderTest;

/** Every store contract on PostgreSQL. */
class PostgresStoreContractsTest extends EveryStoreContract {
  private final StorageUnderTest storage = new JdbcStorageUnderTest(TestDatabase::postgres);

  @Override
  protected StorageUnderTest storageUnderTest() {
    return storage;
  }
}
