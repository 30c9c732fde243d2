package dev.customers.core.internal;

import dev.customers.api.OrganizationId;
import dev.customers.api.event.DomainEvent;
import dev.customers.api.event.EventListener;
import dev.customers.api.spi.OutboxMessage;
import dev.customers.api.spi.Storage;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers committed events to the registered listeners on the calling thread, then marks them
 * delivered in the outbox. A listener that throws is logged and the others still run; the event is
 * not retried for it, so one broken listener cannot hold back the rest.
 */
@Singleton
public final class EventDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);
  private static final int BATCH = 200;

  private final Set<EventListener> listeners;
  private final Storage storage;
  private final EventCodec codec;

  @Inject
  public EventDispatcher(Set<EventListener> listeners, Storage storage, EventCodec codec) {
    this.listeners = listeners;
    this.storage = storage;
    this.codec = codec;
  }

  /** Delivers the events of a transaction that has just committed. */
  public void deliver(List<DomainEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    Map<OrganizationId, List<UUID>> ids = new LinkedHashMap<>();
    for (DomainEvent event : events) {
      notifyListeners(event);
      ids.computeIfAbsent(event.organizationId(), o -> new ArrayList<>()).add(event.id());
    }
    markDelivered(ids);
  }

  /**
   * Delivers what the outbox still holds (left by a crash, say); returns how many were delivered.
   */
  public int deliverPending() {
    int delivered = 0;
    while (true) {
      List<OutboxMessage> batch = storage.read(session -> session.outbox().pending(BATCH));
      if (batch.isEmpty()) {
        return delivered;
      }
      Map<OrganizationId, List<UUID>> ids = new LinkedHashMap<>();
      for (OutboxMessage message : batch) {
        notifyListeners(codec.decode(message));
        ids.computeIfAbsent(message.organizationId(), o -> new ArrayList<>()).add(message.id());
      }
      delivered += batch.size();
      if (!markDelivered(ids) || batch.size() < BATCH) {
        return delivered;
      }
    }
  }

  private void notifyListeners(DomainEvent event) {
    for (EventListener listener : listeners) {
      try {
        listener.onEvent(event);
      } catch (Error e) {
        throw e; // the JVM's own trouble (out of memory, say) is not the listener's to swallow
      } catch (Throwable e) {
        // Anything else, checked exceptions thrown sneakily (from Kotlin, say) included: the change
        // is committed and the listeners after this one must still hear it.
        LOG.error(
            "event listener {} failed on event {} ({}); the change it reports stays committed",
            listener.getClass().getName(),
            event.id(),
            event.getClass().getSimpleName(),
            e);
      }
    }
  }

  /**
   * Marks the ids delivered, one statement per organization (a shared person's change has many).
   */
  private boolean markDelivered(Map<OrganizationId, List<UUID>> ids) {
    int count = ids.values().stream().mapToInt(List::size).sum();
    try {
      storage.inTransaction(
          session -> {
            ids.forEach((organization, ofIt) -> session.outbox().markDelivered(organization, ofIt));
            return count;
          });
      return true;
    } catch (RuntimeException e) {
      // The events reached the listeners; left pending they are delivered again later (at least
      // once).
      LOG.warn("could not mark {} events delivered; they will be delivered again", count, e);
      return false;
    }
  }
}
