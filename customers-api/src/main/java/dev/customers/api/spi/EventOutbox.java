package dev.customers.api.spi;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Events written in the same transaction as their change, so a committed change always has its
 * events, and kept until they are marked delivered.
 */
public interface EventOutbox {
  void append(OutboxMessage message);

  /** Undelivered messages, oldest first, at most {@code limit}. */
  List<OutboxMessage> pending(int limit);

  /** Marks messages delivered; unknown or already delivered ids are ignored. */
  void markDelivered(Collection<UUID> ids);
}
