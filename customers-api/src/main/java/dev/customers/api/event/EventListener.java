package dev.customers.api.event;

/**
 * Receives domain events after their change commits, on the thread that made the change. A listener
 * that throws is logged and does not undo the change.
 */
@FunctionalInterface
public interface EventListener {
  /**
   * Called once per delivery, after the change committed; an exception is logged and undoes
   * nothing.
   *
   * @param event the event
   */
  void onEvent(DomainEvent event);
}
