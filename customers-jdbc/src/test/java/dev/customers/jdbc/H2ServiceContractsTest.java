package dev.customers.jdbc;

import dev.customers.testkit.EveryServiceContract;
import dev.customers.testkit.StorageUnderTest;

/** Every service contract on H2, wired through {@link JdbcStorageModule}. */
class H2ServiceContractsTest extends EveryServiceContract {
  private final StorageUnderTest storage = new JdbcStorageUnderTest(TestDatabase::h2);

  @Override
  protected StorageUnderTest storageUnderTest() {
    return storage;
  }
}
