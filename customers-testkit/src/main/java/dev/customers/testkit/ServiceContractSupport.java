package dev.customers.testkit;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.StaffRole;
import dev.customers.api.fields.FieldService;
import dev.customers.api.roster.CustomerProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every service contract shares: the SDK running over the adapter under test with a fixed
 * clock, an organization and staff callers. Not a contract itself.
 */
public abstract class ServiceContractSupport {
  /** The running SDK of the current test. */
  protected TestCustomers t;

  private StorageUnderTest under;

  /** The adapter under test: a storage module over fresh, empty storage for each test. */
  protected abstract StorageUnderTest storageUnderTest();

  @BeforeEach
  void startSdk() {
    under = storageUnderTest();
    t = TestCustomers.with(under.module());
  }

  @AfterEach
  void closeSdk() {
    if (t != null) { // null when the storage skipped the test
      t.close();
      under.drop();
    }
  }

  /** The running SDK of the current test. */
  protected final TestCustomers sdk() {
    return t;
  }

  protected final FieldService fields() {
    return sdk().sdk().fields();
  }

  protected final CustomerProfile add(String first, String last) {
    return sdk().roster().add(sdk().staff(), Fixtures.details(first, last));
  }

  protected final Caller self(CustomerProfile customer) {
    return Caller.of(sdk().organization().id(), Actor.self(customer.person().id()));
  }

  protected final Caller staff(String id, StaffRole role) {
    return Caller.of(sdk().organization().id(), Actor.staff(id, role));
  }
}
