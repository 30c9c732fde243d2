package dev.customers.testkit;

import dev.customers.core.memory.InMemoryStorage;

/** Altered cursors are refused on the in-memory adapter. */
class InMemoryAlteredCursorTest extends AlteredCursorContract {
  @Override
  protected StorageUnderTest storageUnderTest() {
    return InMemoryStorage::new;
  }
}
