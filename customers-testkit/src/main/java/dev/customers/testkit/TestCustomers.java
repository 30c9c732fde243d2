package dev.customers.testkit;

import static java.util.Objects.requireNonNull;

import com.google.inject.Module;
import dev.customers.api.Caller;
import dev.customers.api.Customers;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.RosterService;
import dev.customers.core.CustomersSdk;
import dev.customers.core.memory.InMemoryStorageModule;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The whole SDK for a host's test suite in one line: {@code TestCustomers t =
 * TestCustomers.inMemory();} gives in-memory storage, a {@link FixedClock} at 2026-03-02T10:00:00Z,
 * one organization in Europe/London, its callers, and a listener that records every event.
 */
public final class TestCustomers implements AutoCloseable {
  public static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

  private final Customers sdk;
  private final FixedClock clock;
  private final RecordingListener events;
  private final RecordingNotifier notifier;
  private final Organization organization;

  private TestCustomers(
      Customers sdk, FixedClock clock, RecordingListener events, RecordingNotifier notifier) {
    this.sdk = sdk;
    this.clock = clock;
    this.events = events;
    this.notifier = notifier;
    this.organization = sdk.organizations().create("Test Studio", ZoneId.of("Europe/London"));
  }

  public static TestCustomers inMemory() {
    return with(new InMemoryStorageModule());
  }

  /** The same bootstrap over another storage module (an adapter under test, say). */
  public static TestCustomers with(Module storageModule) {
    requireNonNull(storageModule, "storageModule");
    FixedClock clock = FixedClock.at(START);
    RecordingListener events = new RecordingListener();
    RecordingNotifier notifier = new RecordingNotifier();
    Customers sdk =
        CustomersSdk.builder()
            .storage(storageModule)
            .clock(clock)
            .listener(events)
            .notifier(notifier)
            .build();
    return new TestCustomers(sdk, clock, events, notifier);
  }

  public Customers sdk() {
    return sdk;
  }

  public RosterService roster() {
    return sdk.roster();
  }

  public FixedClock clock() {
    return clock;
  }

  public RecordingListener events() {
    return events;
  }

  /** The messages (account invites) the SDK sent. */
  public RecordingNotifier notifier() {
    return notifier;
  }

  public Organization organization() {
    return organization;
  }

  /** Another organization on the same SDK, for isolation tests. */
  public Organization newOrganization(String name) {
    return sdk.organizations().create(name, ZoneId.of("Europe/London"));
  }

  public Caller owner() {
    return Fixtures.owner(organization.id());
  }

  public Caller admin() {
    return Fixtures.admin(organization.id());
  }

  public Caller staff() {
    return Fixtures.staff(organization.id());
  }

  @Override
  public void close() {
    sdk.close();
  }
}
