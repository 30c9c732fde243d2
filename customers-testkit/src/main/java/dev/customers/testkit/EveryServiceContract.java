package dev.customers.testkit;

import org.junit.jupiter.api.Nested;

/**
 * Every service contract for one storage adapter, nested: the services' behaviour, failed writes,
 * altered cursors, number, time and text limits, and shared persons, all over the adapter under
 * test. An adapter's test extends it and says which storage to test.
 */
public abstract class EveryServiceContract {
  /**
   * The adapter under test: a storage over fresh, empty storage for each test.
   *
   * @return the storage under test
   */
  protected abstract StorageUnderTest storageUnderTest();

  /** The roster service. */
  @Nested
  class Roster extends RosterContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** Many customers in one call. */
  @Nested
  class BulkAdd extends BulkAddContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** Search against a plain ranked scan. */
  @Nested
  class SearchOracle extends SearchOracleContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** The field service. */
  @Nested
  class Fields extends FieldServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** The tag service. */
  @Nested
  class Tags extends TagServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** The note service. */
  @Nested
  class Notes extends NoteServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** The family service and guardians acting across the services. */
  @Nested
  class FamilyAccounts extends FamilyServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** Guardian permissions against a model, over random families and callers. */
  @Nested
  class GuardianPermissions extends GuardianPermissionContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** Customer accounts: invites, claims and logins. */
  @Nested
  class Accounts extends AccountServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** Forms: versions, JSON Schema, sign-ups and intakes. */
  @Nested
  class Forms extends FormServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** Intake forms by customers and guardians. */
  @Nested
  class IntakeForms extends IntakeFormContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** Roster import. */
  @Nested
  class Imports extends ImportServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** What imports read: JSON Lines, records, encodings, bad bytes, an export. */
  @Nested
  class ImportSources extends ImportSourceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** Import jobs: resuming, cancelling, listing, mappings. */
  @Nested
  class ImportJobs extends ImportJobContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** Roster export. */
  @Nested
  class Export extends ExportServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** Likely duplicates. */
  @Nested
  class Duplicates extends DuplicateServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** The metric service. */
  @Nested
  class Metrics extends MetricServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** The consent service. */
  @Nested
  class Consent extends ConsentServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** The profile service. */
  @Nested
  class Profile extends ProfileServiceContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** Every write failing at every store call and at commit. */
  @Nested
  class FailedWrites extends FailedWriteContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** Altered cursors. */
  @Nested
  class AlteredCursors extends AlteredCursorContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** Numbers and instants at and past the limits. */
  @Nested
  class NumberAndTimeLimits extends NumberAndTimeLimitsContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** Hostile text in every text input. */
  @Nested
  class HostileText extends HostileTextContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }

  /** The tenancy rule of persons shared between organizations. */
  @Nested
  class SharedPersons extends SharedPersonContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return EveryServiceContract.this.storageUnderTest();
    }
  }
}
