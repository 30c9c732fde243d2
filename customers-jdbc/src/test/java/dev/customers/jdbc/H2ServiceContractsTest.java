package dev.customers.jdbc;

import dev.customers.testkit.AlteredCursorContract;
import dev.customers.testkit.ConsentServiceContract;
import dev.customers.testkit.FailedWriteContract;
import dev.customers.testkit.FieldServiceContract;
import dev.customers.testkit.HostileTextContract;
import dev.customers.testkit.MetricServiceContract;
import dev.customers.testkit.NoteServiceContract;
import dev.customers.testkit.NumberAndTimeLimitsContract;
import dev.customers.testkit.ProfileServiceContract;
import dev.customers.testkit.RosterContract;
import dev.customers.testkit.SharedPersonContract;
import dev.customers.testkit.StorageUnderTest;
import dev.customers.testkit.TagServiceContract;
import org.junit.jupiter.api.Nested;

/** Every service contract on H2, wired through {@link JdbcStorageModule}. */
class H2ServiceContractsTest {
  private final StorageUnderTest database = new JdbcStorageUnderTest(TestDatabase::h2);

  @Nested
  class Roster extends RosterContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class Fields extends FieldServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class Tags extends TagServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class Notes extends NoteServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class Metrics extends MetricServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class Consent extends ConsentServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class Profile extends ProfileServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class FailedWrites extends FailedWriteContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class AlteredCursors extends AlteredCursorContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class NumberAndTimeLimits extends NumberAndTimeLimitsContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class HostileText extends HostileTextContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }

  @Nested
  class SharedPersons extends SharedPersonContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return database;
    }
  }
}
