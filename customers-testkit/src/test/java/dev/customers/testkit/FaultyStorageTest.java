package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.spi.Storage;
import dev.customers.core.memory.InMemoryStorage;
import org.junit.jupiter.api.Test;

class FaultyStorageTest {
  private final FaultyStorage faulty = FaultyStorage.over(new InMemoryStorage());

  private TestCustomers sdk() {
    return TestCustomers.with(binder -> binder.bind(Storage.class).toInstance(faulty));
  }

  @Test
  void failNextCallTo_failsOnlyTheNamedStore_once() {
    try (TestCustomers t = sdk()) {
      faulty.failNextCallTo("audit");
      assertThatThrownBy(() -> t.roster().add(t.staff(), CustomerDetails.of("Ada", "Lovelace")))
          .isInstanceOf(FaultyStorage.InjectedFault.class)
          .hasMessageContaining("audit().append");
      assertThat(faulty.armed()).isFalse();
      assertThat(t.roster().list(t.staff(), CustomerQuery.active()).items()).isEmpty();
      t.roster().add(t.staff(), CustomerDetails.of("Ada", "Lovelace"));
      assertThat(t.roster().list(t.staff(), CustomerQuery.active()).items()).hasSize(1);
    }
  }

  @Test
  void failCall_countsStoreCalls_andFailNextCommit_failsAfterTheWork() {
    try (TestCustomers t = sdk()) {
      t.roster().list(t.staff(), CustomerQuery.active()); // reads (and caches) the organization
      faulty.resetCount();
      t.roster().list(t.staff(), CustomerQuery.active());
      assertThat(faulty.count()).isEqualTo(1);
      faulty.failCall(1);
      assertThatThrownBy(() -> t.roster().list(t.staff(), CustomerQuery.active()))
          .isInstanceOf(FaultyStorage.InjectedFault.class)
          .hasMessageContaining("store call 1 (customers().list)");
      faulty.failNextCommit();
      assertThatThrownBy(() -> t.roster().add(t.staff(), CustomerDetails.of("Ben", "Adams")))
          .isInstanceOf(FaultyStorage.InjectedFault.class)
          .hasMessageContaining("commit");
      assertThat(t.roster().list(t.staff(), CustomerQuery.active()).items()).isEmpty();
      assertThatThrownBy(() -> faulty.failCall(0)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
