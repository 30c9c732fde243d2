package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.spi.OutboxMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.customers.api.spi.EventOutbox}: pending messages oldest first, marked
 * delivered. An adapter's test extends it (or nests it) and says how to make its storage in {@link
 * #storageUnderTest()}.
 */
public abstract class EventOutboxContract extends StoreContractSupport {
  @Test
  void outbox_append_pendingOldestFirst_thenMarkDelivered() {
    List<OutboxMessage> messages = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      OutboxMessage message =
          new OutboxMessage(ids.next(), orgA.id(), "test.event", later(), "{\"n\":" + i + "}");
      messages.add(message);
      run(
          s -> {
            s.outbox().append(message);
          });
    }
    assertThat(list(s -> s.outbox().pending(10))).containsExactlyElementsOf(messages);
    assertThat(list(s -> s.outbox().pending(2))).containsExactlyElementsOf(messages.subList(0, 2));
    run(
        s -> {
          s.outbox().markDelivered(orgB.id(), List.of(messages.get(1).id()));
          s.outbox()
              .markDelivered(
                  orgA.id(),
                  List.of(
                      messages.get(0).id(),
                      messages.get(2).id(),
                      UUID.fromString("00000000-0000-7000-8000-000000000000")));
        });
    // Another organization's id marks nothing.
    assertThat(list(s -> s.outbox().pending(10))).containsExactly(messages.get(1), messages.get(3));
  }
}
