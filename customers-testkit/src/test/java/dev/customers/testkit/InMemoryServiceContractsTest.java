package dev.customers.testkit;

import dev.customers.core.memory.InMemoryStorage;

/** Every service contract on the in-memory adapter. */
class InMemoryServiceContractsTest extends EveryServiceContract {
  private final StorageUnderTest storage = InMemoryStorage::new;

  @Override
  protected StorageUnderTest storageUnderTest() {
    return storage;
  }
}
