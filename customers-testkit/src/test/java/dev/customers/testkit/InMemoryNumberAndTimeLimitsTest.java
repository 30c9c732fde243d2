package dev.customers.testkit;

import dev.customers.core.memory.InMemoryStorage;

/** Numbers and instants at and past the limits on the in-memory adapter. */
class InMemoryNumberAndTimeLimitsTest extends NumberAndTimeLimitsContract {
  @Override
  protected StorageUnderTest storageUnderTest() {
    return InMemoryStorage::new;
  }
}
