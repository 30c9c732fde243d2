package dev.customers.jdbc;

import static dev.customers.jdbc.ConsentTables.*;
import static dev.customers.jdbc.FieldTables.*;
import static dev.customers.jdbc.MetricTables.*;
import static dev.customers.jdbc.NoteTables.*;
import static dev.customers.jdbc.RosterTables.*;
import static dev.customers.jdbc.TagTables.*;

import dev.customers.api.OrganizationId;
import dev.customers.api.spi.EventOutbox;
import dev.customers.api.spi.OutboxMessage;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/** The transactional outbox in SQL. */
final class JooqEventOutbox implements EventOutbox {
  private final DSLContext db;

  JooqEventOutbox(DSLContext db) {
    this.db = db;
  }

  @Override
  public void append(OutboxMessage message) {
    db.insertInto(OUTBOX)
        .set(E_ORG, message.organizationId().value())
        .set(E_ID, message.id())
        .set(E_TYPE, message.type())
        .set(E_AT, Rows.utc(message.occurredAt()))
        .set(E_PAYLOAD, message.payload())
        .set(E_DELIVERED, false)
        .execute();
  }

  @Override
  public void appendAll(List<OutboxMessage> messages) {
    // Multi-row inserts of 500 rows: a bulk write's events in a few statements, in their order.
    for (int from = 0; from < messages.size(); from += 500) {
      var insert = db.insertInto(OUTBOX, E_ORG, E_ID, E_TYPE, E_AT, E_PAYLOAD, E_DELIVERED);
      for (OutboxMessage message : messages.subList(from, Math.min(messages.size(), from + 500))) {
        insert =
            insert.values(
                message.organizationId().value(),
                message.id(),
                message.type(),
                Rows.utc(message.occurredAt()),
                message.payload(),
                false);
      }
      insert.execute();
    }
  }

  @Override
  public List<OutboxMessage> pending(int limit) {
    return db.select(E_ORG, E_ID, E_TYPE, E_AT, E_PAYLOAD)
        .from(OUTBOX)
        .where(E_DELIVERED.eq(false))
        .orderBy(E_ID)
        .limit(limit)
        .fetch(
            r ->
                new OutboxMessage(
                    r.get(E_ID),
                    OrganizationId.of(r.get(E_ORG)),
                    r.get(E_TYPE),
                    Rows.instant(r.get(E_AT)),
                    r.get(E_PAYLOAD)));
  }

  @Override
  public void markDelivered(OrganizationId organizationId, Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return;
    }
    db.update(OUTBOX)
        .set(E_DELIVERED, true)
        .where(E_ORG.eq(organizationId.value()).and(E_DELIVERED.eq(false)).and(E_ID.in(ids)))
        .execute();
  }
}
