package dev.customers.jdbc;

import dev.customers.testkit.AuditStoreContract;
import dev.customers.testkit.ConsentStoreContract;
import dev.customers.testkit.CriteriaContract;
import dev.customers.testkit.CustomerStoreContract;
import dev.customers.testkit.EventOutboxContract;
import dev.customers.testkit.FieldStoreContract;
import dev.customers.testkit.MetricStoreContract;
import dev.customers.testkit.NoteStoreContract;
import dev.customers.testkit.OrganizationStoreContract;
import dev.customers.testkit.PersonStoreContract;
import dev.customers.testkit.ProfileTransactionContract;
import dev.customers.testkit.StorageTransactionContract;
import dev.customers.testkit.StorageUnderTest;
import dev.customers.testkit.TagStoreContract;
import org.junit.jupiter.api.Nested;

/** Every store contract on H2. */
class H2StoreContractsTest {
  private final StorageUnderTest database = new JdbcStorageUnderTest(TestDatabase::h2);

  @Nested
  class Organizations extends OrganizationStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class Persons extends PersonStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class Customers extends CustomerStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class Audit extends AuditStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class Outbox extends EventOutboxContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class Transactions extends StorageTransactionContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class Fields extends FieldStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class Tags extends TagStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class Notes extends NoteStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class Metrics extends MetricStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class Consent extends ConsentStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class Criteria extends CriteriaContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class ProfileTransactions extends ProfileTransactionContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }
}
