package dev.customers.testkit;

import com.google.inject.Module;
import dev.customers.core.memory.InMemoryStorageModule;

class InMemoryRosterTest extends ProfileContract {
  @Override
  protected Module newStorageModule() {
    return new InMemoryStorageModule();
  }
}
