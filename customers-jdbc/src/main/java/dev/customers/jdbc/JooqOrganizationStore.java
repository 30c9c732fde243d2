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

/** Organizations in SQL. */
final class JooqOrganizationStore implements OrganizationStore {
  private final DSLContext db;

  JooqOrganizationStore(DSLContext db) {
    this.db = db;
  }

  @Override
  public void insert(Organization organization) {
    if (db.fetchExists(ORGANIZATIONS, O_ID.eq(organization.id().value()))) {
      throw new ConflictException(ConflictException.Reason.DUPLICATE,
          "organization " + organization.id() + " already exists", organization.id().toString());
    }
    db.insertInto(ORGANIZATIONS)
        .set(O_ID, organization.id().value())
        .set(O_NAME, organization.name())
        .set(O_TIME_ZONE, organization.timeZone().getId())
        .set(O_CREATED, Rows.utc(organization.createdAt()))
        .execute();
  }

  @Override
  public Optional<Organization> find(OrganizationId id) {
    return db.select(O_ID, O_NAME, O_TIME_ZONE, O_CREATED).from(ORGANIZATIONS).where(O_ID.eq(id.value()))
        .fetchOptional(Rows::organization);
  }

  @Override
  public Page<Organization> list(PageRequest request) {
    Condition after = request.cursor() == null
        ? DSL.noCondition()
        : O_ID.gt(UUID.fromString(Cursors.decode(request.cursor(), "organizations", 1).get(0)));
    List<Organization> rows = db.select(O_ID, O_NAME, O_TIME_ZONE, O_CREATED).from(ORGANIZATIONS).where(after)
        .orderBy(O_ID).limit(request.limit() + 1).fetch(Rows::organization);
    return Cursors.page(rows, request.limit(), o -> Cursors.encode("organizations", o.id().toString()));
  }
}
