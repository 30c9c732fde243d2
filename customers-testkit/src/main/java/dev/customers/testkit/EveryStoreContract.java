package dev.customers.testkit;

import org.junit.jupiter.api.Nested;

/**
 * Every store contract for one storage adapter, nested: an adapter's test extends it and says which
 * storage to test ({@code class MyStoreContractsTest extends EveryStoreContract}), and a store
 * contract added to the testkit reaches every adapter.
 */
public abstract class EveryStoreContract {
  /**
   * The adapter under test: a storage over fresh, empty storage for each test.
   *
   * @return the storage under test
   */
  protected abstract StorageUnderTest storageUnderTest();

  /** The organization store. */
  @Nested
  class Organizations extends OrganizationStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryStoreContract.this.storageUnderTest();
    }
  }

  /** The person store. */
  @Nested
  class Persons extends PersonStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryStoreContract.this.storageUnderTest();
    }
  }

  /** The customer store. */
  @Nested
  class Customers extends CustomerStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryStoreContract.this.storageUnderTest();
    }
  }

  /** The audit store. */
  @Nested
  class Audit extends AuditStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryStoreContract.this.storageUnderTest();
    }
  }

  /** The event outbox. */
  @Nested
  class Outbox extends EventOutboxContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryStoreContract.this.storageUnderTest();
    }
  }

  /** Transactions over the roster stores. */
  @Nested
  class Transactions extends StorageTransactionContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryStoreContract.this.storageUnderTest();
    }
  }

  /** The field store. */
  @Nested
  class Fields extends FieldStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryStoreContract.this.storageUnderTest();
    }
  }

  /** The tag store. */
  @Nested
  class Tags extends TagStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryStoreContract.this.storageUnderTest();
    }
  }

  /** The note store. */
  @Nested
  class Notes extends NoteStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryStoreContract.this.storageUnderTest();
    }
  }

  /** The metric store. */
  @Nested
  class Metrics extends MetricStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryStoreContract.this.storageUnderTest();
    }
  }

  /** The consent store. */
  @Nested
  class Consent extends ConsentStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryStoreContract.this.storageUnderTest();
    }
  }

  /** The family store. */
  @Nested
  class Family extends FamilyStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryStoreContract.this.storageUnderTest();
    }
  }

  /** The account store. */
  @Nested
  class Accounts extends AccountStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryStoreContract.this.storageUnderTest();
    }
  }

  /** The form store. */
  @Nested
  class Forms extends FormStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryStoreContract.this.storageUnderTest();
    }
  }

  /** The import store. */
  @Nested
  class Imports extends ImportStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryStoreContract.this.storageUnderTest();
    }
  }

  /** Criteria as every store evaluates them. */
  @Nested
  class Criteria extends CriteriaContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryStoreContract.this.storageUnderTest();
    }
  }

  /** Transactions over the profile stores. */
  @Nested
  class ProfileTransactions extends ProfileTransactionContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryStoreContract.this.storageUnderTest();
    }
  }
}
