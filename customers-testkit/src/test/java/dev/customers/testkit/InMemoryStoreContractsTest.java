package dev.customers.testkit;

import dev.customers.core.memory.InMemoryStorage;
import org.junit.jupiter.api.Nested;

/** Every store contract on the in-memory adapter. */
class InMemoryStoreContractsTest {
  private final StorageUnderTest inMemory = InMemoryStorage::new;

  @Nested
  class Organizations extends OrganizationStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return inMemory;
    }
  }

  @Nested
  class Persons extends PersonStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return inMemory;
    }
  }

  @Nested
  class Customers extends CustomerStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return inMemory;
    }
  }

  @Nested
  class Audit extends AuditStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return inMemory;
    }
  }

  @Nested
  class Outbox extends EventOutboxContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return inMemory;
    }
  }

  @Nested
  class Transactions extends StorageTransactionContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return inMemory;
    }
  }

  @Nested
  class Fields extends FieldStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return inMemory;
    }
  }

  @Nested
  class Tags extends TagStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return inMemory;
    }
  }

  @Nested
  class Notes extends NoteStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return inMemory;
    }
  }

  @Nested
  class Metrics extends MetricStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return inMemory;
    }
  }

  @Nested
  class Consent extends ConsentStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return inMemory;
    }
  }

  @Nested
  class Criteria extends CriteriaContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return inMemory;
    }
  }

  @Nested
  class ProfileTransactions extends ProfileTransactionContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return inMemory;
    }
  }
}
