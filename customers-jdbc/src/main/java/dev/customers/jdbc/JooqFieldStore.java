package dev.customers.jdbc;

import static dev.customers.jdbc.ConsentTables.*;
import static dev.customers.jdbc.FieldTables.*;
import static dev.customers.jdbc.MetricTables.*;
import static dev.customers.jdbc.NoteTables.*;
import static dev.customers.jdbc.RosterTables.*;
import static dev.customers.jdbc.TagTables.*;

import dev.customers.api.ConflictException;
import dev.customers.api.FieldId;
import dev.customers.api.OrganizationId;
import dev.customers.api.StaffRole;
import dev.customers.api.fields.FieldAccess;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldScope;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.spi.FieldStore;
import dev.customers.api.spi.SearchText;
import dev.customers.api.spi.StoredFieldValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

/** Custom field definitions and values in SQL. */
final class JooqFieldStore implements FieldStore {
  private final DSLContext db;

  JooqFieldStore(DSLContext db) {
    this.db = db;
  }

  @Override
  public void insert(FieldDefinition definition) {
    UUID org = definition.organizationId().value();
    Record holder =
        db.select(FD_ID)
            .from(FIELD_DEFS)
            .where(FD_ORG.eq(org).and(FD_KEY.eq(definition.key())))
            .fetchOne();
    if (holder != null) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "field key " + definition.key() + " is already used by field " + holder.get(FD_ID),
          holder.get(FD_ID).toString());
    }
    db.insertInto(FIELD_DEFS)
        .set(FD_ORG, org)
        .set(FD_ID, definition.id().value())
        .set(FD_CREATED, Rows.utc(definition.createdAt()))
        .set(columns(definition))
        .execute();
  }

  private Map<Field<?>, @Nullable Object> columns(FieldDefinition d) {
    FieldSpec spec = d.spec();
    Map<Field<?>, @Nullable Object> columns = new java.util.LinkedHashMap<>();
    columns.put(FD_KEY, spec.key());
    columns.put(FD_LABEL, spec.label());
    columns.put(FD_HELP, spec.helpText());
    columns.put(FD_TYPE, spec.type().name());
    columns.put(FD_REQUIRED, spec.required());
    columns.put(FD_CHOICES, String.join("\n", spec.choices()));
    columns.put(FD_SCOPE, spec.scope().name());
    columns.put(FD_STAFF_VIEW, spec.access().staffView().name());
    columns.put(FD_STAFF_EDIT, spec.access().staffEdit().name());
    columns.put(FD_CUSTOMER_VIEW, spec.access().customerView());
    columns.put(FD_CUSTOMER_EDIT, spec.access().customerEdit());
    columns.put(FD_PERSONAL, spec.personalData());
    columns.put(FD_WRITE_ONCE, spec.writeOnce());
    columns.put(FD_POSITION, d.position());
    columns.put(FD_ARCHIVED, d.archived());
    columns.put(FD_UPDATED, Rows.utc(d.updatedAt()));
    columns.put(FD_VERSION, d.version());
    return columns;
  }

  @Override
  public void update(FieldDefinition definition, long expectedVersion) {
    UUID org = definition.organizationId().value();
    UUID id = definition.id().value();
    Record holder =
        db.select(FD_ID)
            .from(FIELD_DEFS)
            .where(FD_ORG.eq(org).and(FD_KEY.eq(definition.key())).and(FD_ID.ne(id)))
            .fetchOne();
    if (holder != null) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "field key " + definition.key() + " is already used by field " + holder.get(FD_ID),
          holder.get(FD_ID).toString());
    }
    Sql.guardedUpdate(
        db,
        "field",
        definition.id(),
        FIELD_DEFS,
        FD_ORG.eq(org).and(FD_ID.eq(id)),
        FD_VERSION,
        expectedVersion,
        columns(definition));
  }

  @Override
  public List<FieldDefinition> definitions(OrganizationId organizationId) {
    return db.select(
            FD_ORG,
            FD_ID,
            FD_KEY,
            FD_LABEL,
            FD_HELP,
            FD_TYPE,
            FD_REQUIRED,
            FD_CHOICES,
            FD_SCOPE,
            FD_STAFF_VIEW,
            FD_STAFF_EDIT,
            FD_CUSTOMER_VIEW,
            FD_CUSTOMER_EDIT,
            FD_PERSONAL,
            FD_WRITE_ONCE,
            FD_POSITION,
            FD_ARCHIVED,
            FD_CREATED,
            FD_UPDATED,
            FD_VERSION)
        .from(FIELD_DEFS)
        .where(FD_ORG.eq(organizationId.value()))
        .orderBy(FD_POSITION, FD_ID)
        .fetch(
            r -> {
              String choices = r.get(FD_CHOICES);
              FieldSpec spec =
                  new FieldSpec(
                      r.get(FD_KEY),
                      r.get(FD_LABEL),
                      r.get(FD_HELP),
                      FieldType.valueOf(r.get(FD_TYPE)),
                      r.get(FD_REQUIRED),
                      choices.isEmpty() ? List.of() : Arrays.asList(choices.split("\n", -1)),
                      FieldScope.valueOf(r.get(FD_SCOPE)),
                      new FieldAccess(
                          StaffRole.valueOf(r.get(FD_STAFF_VIEW)),
                          StaffRole.valueOf(r.get(FD_STAFF_EDIT)),
                          r.get(FD_CUSTOMER_VIEW),
                          r.get(FD_CUSTOMER_EDIT)),
                      r.get(FD_PERSONAL),
                      r.get(FD_WRITE_ONCE));
              return new FieldDefinition(
                  FieldId.of(r.get(FD_ID)),
                  organizationId,
                  spec,
                  r.get(FD_POSITION),
                  r.get(FD_ARCHIVED),
                  Rows.instant(r.get(FD_CREATED)),
                  Rows.instant(r.get(FD_UPDATED)),
                  r.get(FD_VERSION));
            });
  }

  @Override
  public List<StoredFieldValue> values(OrganizationId organizationId, Collection<UUID> owners) {
    if (owners.isEmpty()) {
      return List.of();
    }
    Map<List<UUID>, List<String>> texts = new java.util.LinkedHashMap<>();
    Map<UUID, FieldType> types = new HashMap<>();
    db.select(FV_FIELD, FV_OWNER, FV_TEXT, FD_TYPE)
        .from(FIELD_VALUES)
        .join(FIELD_DEFS)
        .on(FD_ORG.eq(FV_ORG).and(FD_ID.eq(FV_FIELD)))
        .where(FV_ORG.eq(organizationId.value()).and(FV_OWNER.in(new LinkedHashSet<>(owners))))
        .orderBy(FV_FIELD, FV_OWNER, FV_ORDINAL)
        .forEach(
            r -> {
              texts
                  .computeIfAbsent(
                      List.of(r.get(FV_FIELD), r.get(FV_OWNER)), k -> new ArrayList<>())
                  .add(r.get(FV_TEXT));
              types.put(r.get(FV_FIELD), FieldType.valueOf(r.get(FD_TYPE)));
            });
    List<StoredFieldValue> values = new ArrayList<>();
    texts.forEach(
        (key, list) ->
            values.add(
                new StoredFieldValue(
                    FieldId.of(key.get(0)),
                    Objects.requireNonNull(types.get(key.get(0)), "field type"),
                    key.get(1),
                    list)));
    return values;
  }

  @Override
  public void put(OrganizationId organizationId, StoredFieldValue value) {
    putAll(organizationId, List.of(value));
  }

  @Override
  public void putAll(OrganizationId organizationId, List<StoredFieldValue> values) {
    // Chunks of 500: one delete and one insert each, not two statements per value.
    for (int from = 0; from < values.size(); from += 500) {
      List<StoredFieldValue> chunk = values.subList(from, Math.min(values.size(), from + 500));
      List<org.jooq.Row2<UUID, UUID>> keys = new java.util.ArrayList<>();
      for (StoredFieldValue value : chunk) {
        keys.add(org.jooq.impl.DSL.row(value.field().value(), value.owner()));
      }
      db.deleteFrom(FIELD_VALUES)
          .where(
              FV_ORG
                  .eq(organizationId.value())
                  .and(org.jooq.impl.DSL.row(FV_FIELD, FV_OWNER).in(keys)))
          .execute();
      var insert =
          db.insertInto(
              FIELD_VALUES,
              FV_ORG,
              FV_FIELD,
              FV_OWNER,
              FV_ORDINAL,
              FV_TEXT,
              FV_KEY,
              FV_NUM,
              FV_DATE,
              FV_SEARCH);
      boolean any = false;
      for (StoredFieldValue value : chunk) {
        int ordinal = 0;
        for (String text : value.values()) {
          any = true;
          insert =
              insert.values(
                  organizationId.value(),
                  value.field().value(),
                  value.owner(),
                  ordinal++,
                  text,
                  text.length() <= MAX_KEY ? text : null,
                  value.type().isNumeric() ? new BigDecimal(text) : null,
                  value.type() == FieldType.DATE ? LocalDate.parse(text) : null,
                  SearchText.fieldText(value.type(), text));
        }
      }
      if (any) {
        insert.execute();
      }
    }
  }

  @Override
  public void remove(OrganizationId organizationId, FieldId field, UUID owner) {
    db.deleteFrom(FIELD_VALUES)
        .where(
            FV_ORG
                .eq(organizationId.value())
                .and(FV_FIELD.eq(field.value()))
                .and(FV_OWNER.eq(owner)))
        .execute();
  }

  @Override
  public boolean anyHolds(OrganizationId organizationId, FieldId field, String text) {
    Condition value = CriterionSql.textEquals(text);
    return db.fetchExists(
        FIELD_VALUES, FV_ORG.eq(organizationId.value()).and(FV_FIELD.eq(field.value())).and(value));
  }
}
