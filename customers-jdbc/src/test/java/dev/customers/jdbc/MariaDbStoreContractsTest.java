package dev.customers.jdbc;

import dev.customers.testkit.EveryStoreContract;
import dev.customers.testkit.StorageUnderTest;

/** Every store contract on MariaDB. */
class MariaDbStoreContractsTest extends EveryStoreContract {
  private final StorageUnderTest storage = new JdbcStorageUnderTest(TestDatabase::mariadb);

  @Override
  protected StorageUnderTest storageUnderTest() {
    return storage;
  }
}
