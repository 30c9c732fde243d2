package dev.customers.testkit;

import dev.customers.api.event.DomainEvent;
import dev.customers.api.event.EventListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An event listener that keeps what it receives, for assertions. */
public final class RecordingListener implements EventListener {
  private final List<DomainEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void onEvent(DomainEvent event) {
    events.add(event);
  }

  public List<DomainEvent> events() {
    return List.copyOf(events);
  }

  public <T extends DomainEvent> List<T> eventsOf(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  public void clear() {
    events.clear();
  }
}
