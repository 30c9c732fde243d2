package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.StorageException;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.notes.NoteDraft;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.spi.StoreNotProvidedException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * An adapter that implements only the roster stores compiles against the SPI, passes the roster
 * stores' contracts and the roster service's, and a profile-data service on it fails with the "does
 * not provide" error rather than a NullPointerException.
 */
class RosterOnlyAdapterTest {
  private final StorageUnderTest rosterOnly = RosterOnlyStorage::new;

  @Nested
  class Organizations extends OrganizationStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return rosterOnly;
    }
  }

  @Nested
  class Persons extends PersonStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return rosterOnly;
    }
  }

  @Nested
  class Customers extends CustomerStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return rosterOnly;
    }
  }

  @Nested
  class Audit extends AuditStoreContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return rosterOnly;
    }
  }

  @Nested
  class Outbox extends EventOutboxContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return rosterOnly;
    }
  }

  @Nested
  class Transactions extends StorageTransactionContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return rosterOnly;
    }
  }

  @Nested
  class Roster extends RosterContract {
    @Override
    protected StorageUnderTest storageUnderTest() {
      return rosterOnly;
    }
  }

  @Test
  void profileDataServices_failWithDoesNotProvide_andChangeNothing() {
    try (TestCustomers t = TestCustomers.with(rosterOnly.module())) {
      CustomerProfile ada = t.roster().add(t.staff(), Fixtures.details("Ada", "Lovelace"));
      assertThatThrownBy(() -> t.sdk().tags().create(t.owner(), "VIP", "#ff0000"))
          .isInstanceOfSatisfying(
              StoreNotProvidedException.class, e -> assertThat(e.store()).isEqualTo("TagStore"))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("does not provide the TagStore")
          .hasMessageContaining(RosterOnlyStorage.class.getName() + "$RosterOnlySession");
      assertThatThrownBy(
              () ->
                  t.sdk()
                      .fields()
                      .define(t.owner(), FieldSpec.of("shoe", "Shoe size", FieldType.NUMBER)))
          .isInstanceOf(StoreNotProvidedException.class)
          .hasMessageContaining("does not provide the FieldStore");
      assertThatThrownBy(() -> t.sdk().notes().add(t.staff(), ada.id(), NoteDraft.of("hello")))
          .isInstanceOf(StoreNotProvidedException.class)
          .hasMessageContaining("does not provide the NoteStore");
      assertThatThrownBy(
              () ->
                  t.sdk()
                      .consent()
                      .record(
                          t.owner(), ada.id(), "marketing_email", ConsentStatus.GRANTED, "desk"))
          .isInstanceOf(StoreNotProvidedException.class);
      assertThatThrownBy(() -> t.sdk().profiles().view(t.staff(), ada.id()))
          .isInstanceOf(StoreNotProvidedException.class);
      // The roster itself still works, search included (it leaves out the field tier it cannot
      // have).
      assertThat(t.roster().search(t.staff(), SearchQuery.of("ada")).items()).hasSize(1);
      assertThat(
              t.sdk()
                  .audit()
                  .forCustomer(t.owner(), ada.id(), dev.customers.api.PageRequest.first(10))
                  .items())
          .hasSize(1);
    }
  }
}
