package dev.customers.testkit;

import dev.customers.core.memory.InMemoryStorage;

/** Failed writes leave nothing behind on the in-memory adapter. */
class InMemoryFailedWriteTest extends FailedWriteContract {
  @Override
  protected StorageUnderTest storageUnderTest() {
    return InMemoryStorage::new;
  }
}
