package dev.customers.testkit;

import dev.customers.core.memory.InMemoryStorage;

/** Every store contract on the in-memory adapter. */
class InMemoryStoreContractsTest extends EveryStoreContract {
  private final StorageUnderTest storage = InMemoryStorage::new;

  @Override
  protected StorageUnderTest storageUnderTest() {
    return storage;
  }
}
