package dev.customers.testkit;

import dev.customers.core.memory.InMemoryStorage;
import org.junit.jupiter.api.Nested;

/** Every service contract on the in-memory adapter. */
class InMemoryServiceContractsTest {
  private final StorageUnderTest inMemory = InMemoryStorage::new;

  @Nested
  class Roster extends RosterContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return inMemory;
    }
  }

  @Nested
  class Fields extends FieldServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return inMemory;
    }
  }

  @Nested
  class Tags extends TagServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return inMemory;
    }
  }

  @Nested
  class Notes extends NoteServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return inMemory;
    }
  }

  @Nested
  class Metrics extends MetricServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return inMemory;
    }
  }

  @Nested
  class Consent extends ConsentServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return inMemory;
    }
  }

  @Nested
  class Profile extends ProfileServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return inMemory;
    }
  }

  @Nested
  class HostileText extends HostileTextContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return inMemory;
    }
  }

  @Nested
  class SharedPersons extends SharedPersonContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return inMemory;
    }
  }
}
