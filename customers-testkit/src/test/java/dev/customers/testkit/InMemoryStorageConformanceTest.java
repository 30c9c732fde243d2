package dev.customers.testkit;

import dev.customers.api.spi.Storage;
import dev.customers.core.memory.InMemoryStorage;

class InMemoryStorageConformanceTest extends ProfileStorageContract {
  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
