package dev.customers.api.spi;

import dev.customers.api.OrganizationId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Events written in the same transaction as their change, so a committed change always has its
 * events, and kept until they are marked delivered.
 */
public interface EventOutbox {
  /**
   * Stores a message in the transaction, to deliver after it commits.
   *
   * @param message the message
   */
  void append(OutboxMessage message);

  /**
   * Stores many messages, as {@link #append} each in turn: the bulk path, which an adapter may
   * write in one go.
   *
   * @param messages the messages, oldest first
   */
  default void appendAll(List<OutboxMessage> messages) {
    for (OutboxMessage message : messages) {
      append(message);
    }
  }

  /**
   * Undelivered messages, oldest first, at most {@code limit}.
   *
   * @param limit the most items a page holds
   * @return the messages, oldest first
   */
  List<OutboxMessage> pending(int limit);

  /**
   * Marks messages of one organization delivered; unknown or already delivered ids, and ids of
   * another organization's messages, are ignored. The organization lets a distributed database
   * route the statement to that organization's data alone.
   *
   * @param organizationId the organization the messages belong to
   * @param ids the ids
   */
  void markDelivered(OrganizationId organizationId, Collection<UUID> ids);
}
