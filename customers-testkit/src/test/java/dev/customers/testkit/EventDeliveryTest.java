package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.Customers;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.event.DomainEvent;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.spi.OutboxMessage;
import dev.customers.core.CustomersSdk;
import dev.customers.core.internal.EventCodec;
import dev.customers.core.memory.InMemoryStorage;
import dev.customers.core.memory.InMemoryStorageModule;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventDeliveryTest {

  @Test
  void aListenerThatThrows_doesNotUndoTheChange_andOthersStillHearIt() {
    RecordingListener after = new RecordingListener();
    List<Boolean> committedWhenHeard = new ArrayList<>();
    Customers[] sdk = new Customers[1];
    sdk[0] =
        CustomersSdk.builder()
            .listener(
                event -> {
                  throw new IllegalStateException("listener bug");
                })
            .listener(
                event -> {
                  // The change is visible to a listener: it runs after the commit.
                  CustomerEvent e = (CustomerEvent) event;
                  committedWhenHeard.add(
                      sdk[0].roster().profile(Fixtures.system(e.organizationId()), e.customerId())
                          != null);
                })
            .listener(after)
            .build();
    Organization org = sdk[0].organizations().create("Studio", ZoneOffset.UTC);
    CustomerProfile ada =
        sdk[0].roster().add(Fixtures.staff(org.id()), Fixtures.details("Ada", "Lovelace"));
    assertThat(sdk[0].roster().list(Fixtures.staff(org.id()), CustomerQuery.active()).items())
        .hasSize(1);
    assertThat(after.eventsOf(CustomerEvent.Created.class))
        .extracting(CustomerEvent::customerId)
        .containsExactly(ada.id());
    assertThat(committedWhenHeard).containsExactly(true);
    assertThat(sdk[0].deliverPendingEvents()).isZero();
  }

  @Test
  void eventsLeftInTheOutbox_areDeliveredWhenTheNextInstanceStarts() {
    InMemoryStorage storage = new InMemoryStorage();
    Customers first = CustomersSdk.builder().storage(new InMemoryStorageModule(storage)).build();
    Organization org = first.organizations().create("Studio", ZoneOffset.UTC);
    CustomerProfile ada =
        first.roster().add(Fixtures.staff(org.id()), Fixtures.details("Ada", "Lovelace"));
    // As a crash between commit and delivery would leave it:
    CustomerEvent.Archived stranded =
        new CustomerEvent.Archived(
            UUID.fromString("0190a000-0000-7000-8000-000000000001"),
            org.id(),
            ada.id(),
            ada.customer().createdAt(),
            "system:test");
    OutboxMessage message = new EventCodec().encode(stranded);
    storage.inTransaction(
        s -> {
          s.outbox().append(message);
          return null;
        });

    RecordingListener second = new RecordingListener();
    CustomersSdk.builder().storage(new InMemoryStorageModule(storage)).listener(second).build();
    List<DomainEvent> heard = second.events();
    assertThat(heard).containsExactly(stranded);
    List<OutboxMessage> pending = storage.read(s -> s.outbox().pending(10));
    assertThat(pending).isEmpty();
  }
}
