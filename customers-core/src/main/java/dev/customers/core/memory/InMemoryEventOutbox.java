package dev.customers.core.memory;

import dev.customers.api.OrganizationId;
import dev.customers.api.spi.EventOutbox;
import dev.customers.api.spi.OutboxMessage;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The outbox in memory, oldest message first. */
final class InMemoryEventOutbox implements EventOutbox {
  private final RosterTables tables;
  private final Changes changes;

  InMemoryEventOutbox(RosterTables tables, Changes changes) {
    this.tables = tables;
    this.changes = changes;
  }

  @Override
  public void append(OutboxMessage message) {
    changes.put(tables.outbox, message.id(), message);
  }

  @Override
  public void appendAll(List<OutboxMessage> messages) {
    Changes.Batch<UUID, OutboxMessage> batch = changes.batch(tables.outbox);
    for (OutboxMessage message : messages) {
      batch.put(message.id(), message);
    }
  }

  @Override
  public List<OutboxMessage> pending(int limit) {
    return tables.outbox.values().stream().limit(limit).toList();
  }

  @Override
  public void markDelivered(OrganizationId organizationId, Collection<UUID> ids) {
    Changes.Batch<UUID, OutboxMessage> batch = changes.batch(tables.outbox);
    for (UUID id : ids) {
      OutboxMessage message = tables.outbox.get(id);
      if (message != null && message.organizationId().equals(organizationId)) {
        batch.remove(id);
      }
    }
  }
}
