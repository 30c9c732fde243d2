package dev.customers.jdbc;

import dev.customers.testkit.EveryServiceContract;
import dev.customers.testkit.StorageUnderTest;

/** Every service contract on MariaDB, wired through {@link JdbcStorageModule}. */
class MariaDbServiceContractsTest extends EveryServiceContract {
  private final StorageUnderTest storage = new JdbcStorageUnderTest(TestDatabase::mariadb);

  @Override
  protected StorageUnderTest storageUnderTest() {
    return storage;
  }
}
