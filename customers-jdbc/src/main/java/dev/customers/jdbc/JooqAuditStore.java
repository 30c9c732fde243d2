package dev.customers.jdbc;

import static dev.customers.jdbc.ConsentTables.*;
import static dev.customers.jdbc.FieldTables.*;
import static dev.customers.jdbc.MetricTables.*;
import static dev.customers.jdbc.NoteTables.*;
import static dev.customers.jdbc.RosterTables.*;
import static dev.customers.jdbc.TagTables.*;

import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.spi.AuditStore;
import dev.customers.api.spi.Cursors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The audit trail in SQL: one row per entry and one per changed field. */
final class JooqAuditStore implements AuditStore {
  private final DSLContext db;

  JooqAuditStore(DSLContext db) {
    this.db = db;
  }

  @Override
  public void append(AuditEntry entry) {
    UUID org = entry.organizationId().value();
    db.insertInto(AUDIT)
        .set(A_ORG, org)
        .set(A_CUSTOMER, entry.customerId().value())
        .set(A_ID, entry.id())
        .set(A_ACTION, entry.action())
        .set(A_ACTOR, entry.actor())
        .set(A_REASON, entry.reason())
        .set(A_AT, Rows.utc(entry.at()))
        .execute();
    if (entry.changes().isEmpty()) {
      return;
    }
    var insert =
        db.insertInto(AUDIT_CHANGES, AC_ORG, AC_AUDIT, AC_SEQ, AC_FIELD, AC_BEFORE, AC_AFTER);
    int seq = 0;
    for (FieldChange change : entry.changes()) {
      insert =
          insert.values(org, entry.id(), seq++, change.field(), change.before(), change.after());
    }
    insert.execute();
  }

  @Override
  public void appendAll(List<AuditEntry> entries) {
    // Multi-row inserts of 500 entries and of their changes: a bulk write's trail in a few
    // statements.
    for (int from = 0; from < entries.size(); from += 500) {
      List<AuditEntry> chunk = entries.subList(from, Math.min(entries.size(), from + 500));
      var insert = db.insertInto(AUDIT, A_ORG, A_CUSTOMER, A_ID, A_ACTION, A_ACTOR, A_REASON, A_AT);
      for (AuditEntry entry : chunk) {
        insert =
            insert.values(
                entry.organizationId().value(),
                entry.customerId().value(),
                entry.id(),
                entry.action(),
                entry.actor(),
                entry.reason(),
                Rows.utc(entry.at()));
      }
      insert.execute();
      var changes =
          db.insertInto(AUDIT_CHANGES, AC_ORG, AC_AUDIT, AC_SEQ, AC_FIELD, AC_BEFORE, AC_AFTER);
      int rows = 0;
      for (AuditEntry entry : chunk) {
        int seq = 0;
        for (FieldChange change : entry.changes()) {
          changes =
              changes.values(
                  entry.organizationId().value(),
                  entry.id(),
                  seq++,
                  change.field(),
                  change.before(),
                  change.after());
          rows++;
          if (rows == 1000) {
            changes.execute();
            changes =
                db.insertInto(
                    AUDIT_CHANGES, AC_ORG, AC_AUDIT, AC_SEQ, AC_FIELD, AC_BEFORE, AC_AFTER);
            rows = 0;
          }
        }
      }
      if (rows > 0) {
        changes.execute();
      }
    }
  }

  @Override
  public Page<AuditEntry> forCustomer(
      OrganizationId organizationId, CustomerId customerId, PageRequest request) {
    UUID org = organizationId.value();
    Condition where = A_ORG.eq(org).and(A_CUSTOMER.eq(customerId.value()));
    if (request.cursor() != null) {
      where = where.and(A_ID.gt(Cursors.read(request.cursor(), "audit", 1).uuid(0)));
    }
    List<Record> rows =
        new ArrayList<>(
            db.select(A_ID, A_ACTION, A_ACTOR, A_REASON, A_AT)
                .from(AUDIT)
                .where(where)
                .orderBy(A_ID)
                .limit(request.limit() + 1)
                .fetch());
    Page<Record> page =
        Cursors.page(rows, request.limit(), r -> Cursors.encode("audit", r.get(A_ID).toString()));
    Map<UUID, List<FieldChange>> changes = new LinkedHashMap<>();
    page.items().forEach(r -> changes.put(r.get(A_ID), new ArrayList<>()));
    if (!changes.isEmpty()) {
      db.select(AC_AUDIT, AC_FIELD, AC_BEFORE, AC_AFTER)
          .from(AUDIT_CHANGES)
          .where(AC_ORG.eq(org).and(AC_AUDIT.in(changes.keySet())))
          .orderBy(AC_AUDIT, AC_SEQ)
          .forEach(
              r ->
                  Objects.requireNonNull(changes.get(r.get(AC_AUDIT)), "audit entry")
                      .add(new FieldChange(r.get(AC_FIELD), r.get(AC_BEFORE), r.get(AC_AFTER))));
    }
    List<AuditEntry> entries =
        page.items().stream()
            .map(
                r ->
                    new AuditEntry(
                        r.get(A_ID),
                        organizationId,
                        customerId,
                        r.get(A_ACTION),
                        r.get(A_ACTOR),
                        r.get(A_REASON),
                        Rows.instant(r.get(A_AT)),
                        changes.getOrDefault(r.get(A_ID), List.of())))
            .toList();
    return new Page<>(entries, page.nextCursor());
  }
}
