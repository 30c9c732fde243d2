package dev.customers.jdbc;

import dev.customers.testkit.EveryStoreContract;
import dev.customers.testkit.StorageUnderTest;

/** Every store contract on H2. */
class H2StoreContractsTest extends EveryStoreContract {
  private final StorageUnderTest storage = new JdbcStorageUnderTest(TestDatabase::h2);

  @Override
  protected StorageUnderTest storageUnderTest() {
    return storage;
  }
}
