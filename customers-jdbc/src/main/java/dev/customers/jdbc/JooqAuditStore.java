package dev.customers.jdbc;

import static dev.customers.jdbc.ConsentTables.*;
import static dev.customers.jdbc.FieldTables.*;
import static dev.customers.jdbc.MetricTables.*;
import static dev.customers.jdbc.NoteTables.*;
import static dev.customers.jdbc.RosterTables.*;
import static dev.customers.jdbc.TagTables.*;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.when;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.FieldId;
import dev.customers.api.MetricId;
import dev.customers.api.NotFoundException;
import dev.customers.api.NoteId;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.PersonId;
import dev.customers.api.StaffRole;
import dev.customers.api.TagId;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.consent.ConsentPurpose;
import dev.customers.api.consent.ConsentRecord;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.fields.FieldAccess;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldScope;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.metrics.MetricDefinition;
import dev.customers.api.metrics.MetricKind;
import dev.customers.api.metrics.MetricReading;
import dev.customers.api.metrics.MetricSpec;
import dev.customers.api.metrics.MetricSummary;
import dev.customers.api.notes.Note;
import dev.customers.api.notes.NoteRevision;
import dev.customers.api.notes.NoteVisibility;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.Comparison;
import dev.customers.api.roster.Customer;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.CustomerSort;
import dev.customers.api.roster.CustomerStatus;
import dev.customers.api.roster.MatchTier;
import dev.customers.api.roster.Person;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.roster.SortDirection;
import dev.customers.api.roster.StatusFilter;
import dev.customers.api.spi.AuditStore;
import dev.customers.api.spi.ConsentStore;
import dev.customers.api.spi.Criterion;
import dev.customers.api.spi.Cursors;
import dev.customers.api.spi.CustomerStore;
import dev.customers.api.spi.Decimals;
import dev.customers.api.spi.EventOutbox;
import dev.customers.api.spi.FieldRef;
import dev.customers.api.spi.FieldStore;
import dev.customers.api.spi.MetricStore;
import dev.customers.api.spi.NoteScope;
import dev.customers.api.spi.NoteStore;
import dev.customers.api.spi.OrganizationStore;
import dev.customers.api.spi.OutboxMessage;
import dev.customers.api.spi.PersonStore;
import dev.customers.api.spi.SearchFields;
import dev.customers.api.spi.SearchText;
import dev.customers.api.spi.StoreSession;
import dev.customers.api.spi.StoredFieldValue;
import dev.customers.api.spi.TagStore;
import dev.customers.api.tags.Tag;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;

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
    var insert = db.insertInto(AUDIT_CHANGES, AC_ORG, AC_AUDIT, AC_SEQ, AC_FIELD, AC_BEFORE, AC_AFTER);
    int seq = 0;
    for (FieldChange change : entry.changes()) {
      insert = insert.values(org, entry.id(), seq++, change.field(), change.before(), change.after());
    }
    insert.execute();
  }

  @Override
  public Page<AuditEntry> forCustomer(OrganizationId organizationId, CustomerId customerId, PageRequest request) {
    UUID org = organizationId.value();
    Condition where = A_ORG.eq(org).and(A_CUSTOMER.eq(customerId.value()));
    if (request.cursor() != null) {
      where = where.and(A_ID.gt(UUID.fromString(Cursors.decode(request.cursor(), "audit", 1).get(0))));
    }
    List<Record> rows = new ArrayList<>(db.select(A_ID, A_ACTION, A_ACTOR, A_REASON, A_AT).from(AUDIT).where(where)
        .orderBy(A_ID).limit(request.limit() + 1).fetch());
    Page<Record> page = Cursors.page(rows, request.limit(), r -> Cursors.encode("audit", r.get(A_ID).toString()));
    Map<UUID, List<FieldChange>> changes = new LinkedHashMap<>();
    page.items().forEach(r -> changes.put(r.get(A_ID), new ArrayList<>()));
    if (!changes.isEmpty()) {
      db.select(AC_AUDIT, AC_FIELD, AC_BEFORE, AC_AFTER).from(AUDIT_CHANGES)
          .where(AC_ORG.eq(org).and(AC_AUDIT.in(changes.keySet())))
          .orderBy(AC_AUDIT, AC_SEQ)
          .forEach(r -> changes.get(r.get(AC_AUDIT)).add(new FieldChange(r.get(AC_FIELD), r.get(AC_BEFORE), r.get(AC_AFTER))));
    }
    List<AuditEntry> entries = page.items().stream()
        .map(r -> new AuditEntry(r.get(A_ID), organizationId, customerId, r.get(A_ACTION), r.get(A_ACTOR), r.get(A_REASON),
            Rows.instant(r.get(A_AT)), changes.get(r.get(A_ID))))
        .toList();
    return new Page<>(entries, page.nextCursor());
  }
}
