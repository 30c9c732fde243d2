package dev.customers.jdbc;

import static dev.customers.jdbc.Schema.*;
import static org.jooq.impl.DSL.row;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.FieldId;
import dev.customers.api.MetricId;
import dev.customers.api.NotFoundException;
import dev.customers.api.NoteId;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.StaffRole;
import dev.customers.api.TagId;
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
import dev.customers.api.roster.Comparison;
import dev.customers.api.spi.ConsentStore;
import dev.customers.api.spi.Criterion;
import dev.customers.api.spi.Cursors;
import dev.customers.api.spi.Decimals;
import dev.customers.api.spi.FieldRef;
import dev.customers.api.spi.FieldStore;
import dev.customers.api.spi.MetricStore;
import dev.customers.api.spi.NoteScope;
import dev.customers.api.spi.NoteStore;
import dev.customers.api.spi.SearchText;
import dev.customers.api.spi.StoredFieldValue;
import dev.customers.api.spi.TagStore;
import dev.customers.api.tags.Tag;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
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
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/** The profile-data stores of one JDBC transaction (fields, tags, notes, metrics, consent) and the SQL form of filters. */
final class ProfileStores {
  /** Values longer than this are kept out of the indexed key column; equality on them compares the full text. */
  static final int MAX_KEY = 255;
  /** IN lists are cut to this size, well inside every database's limit on bind values. */
  private static final int CHUNK = 500;

  private final DSLContext db;
  final Fields fields = new Fields();
  final Tags tags = new Tags();
  final Notes notes = new Notes();
  final Metrics metrics = new Metrics();
  final Consent consent = new Consent();

  ProfileStores(DSLContext db) {
    this.db = db;
  }

  // ---- filters

  /**
   * The criterion as a condition on a query over cs_customers: every part is a correlated EXISTS on
   * one of the indexed child tables, so the database can combine it with status, sort and cursor.
   */
  static Condition condition(Criterion criterion) {
    if (criterion instanceof Criterion.All all) {
      return DSL.and(all.criteria().stream().map(ProfileStores::condition).toList());
    }
    if (criterion instanceof Criterion.Any any) {
      return any.criteria().isEmpty() ? DSL.falseCondition() : DSL.or(any.criteria().stream().map(ProfileStores::condition).toList());
    }
    if (criterion instanceof Criterion.HasTag tag) {
      return DSL.exists(DSL.selectOne().from(CUSTOMER_TAGS)
          .where(CT_ORG.eq(C_ORG).and(CT_TAG.eq(tag.tag().value())).and(CT_CUSTOMER.eq(C_ID))));
    }
    if (criterion instanceof Criterion.FieldSet set) {
      return DSL.exists(fieldRows(set.field(), set.scope(), DSL.noCondition()));
    }
    if (criterion instanceof Criterion.FieldCompare compare) {
      Condition value;
      if (compare.type().isNumeric()) {
        value = FV_NUM.compare(comparator(compare.comparison()), new BigDecimal(compare.value()));
      } else if (compare.type() == FieldType.DATE) {
        value = FV_DATE.compare(comparator(compare.comparison()), LocalDate.parse(compare.value()));
      } else if (compare.value().length() <= MAX_KEY) {
        value = FV_KEY.eq(compare.value());
      } else {
        value = FV_KEY.isNull().and(FV_TEXT.eq(compare.value()));
      }
      return DSL.exists(fieldRows(compare.field(), compare.scope(), value));
    }
    if (criterion instanceof Criterion.MetricCompare compare) {
      return DSL.exists(DSL.selectOne().from(CURRENT_READINGS)
          .where(MC_ORG.eq(C_ORG).and(MC_CUSTOMER.eq(C_ID)).and(MC_METRIC.eq(compare.metric().value()))
              .and(MC_VALUE.compare(comparator(compare.comparison()), compare.value()))));
    }
    Criterion.ConsentIs consent = (Criterion.ConsentIs) criterion;
    Condition ofPurpose = CC_ORG.eq(C_ORG).and(CC_CUSTOMER.eq(C_ID)).and(CC_PURPOSE.eq(consent.purpose()));
    if (consent.status() == ConsentStatus.UNKNOWN) {
      return DSL.notExists(DSL.selectOne().from(CONSENT_CURRENT).where(ofPurpose));
    }
    return DSL.exists(DSL.selectOne().from(CONSENT_CURRENT).where(ofPurpose.and(CC_STATUS.eq(consent.status().name()))));
  }

  /**
   * A customer (or their person) holds a value of one of {@code fields} whose search text matches the
   * LIKE pattern. Written as one {@code IN} over a union rather than an OR of EXISTS, so PostgreSQL can
   * make it a semi-join driven by the trigram index on the values instead of probing every customer.
   */
  static Condition fieldTextMatches(Collection<FieldRef> fields, UUID organizationId, String pattern) {
    List<UUID> roster = fields.stream().filter(f -> f.scope() == FieldScope.ROSTER).map(f -> f.id().value()).sorted().toList();
    List<UUID> person = fields.stream().filter(f -> f.scope() == FieldScope.PERSON).map(f -> f.id().value()).sorted().toList();
    org.jooq.Select<org.jooq.Record1<UUID>> owners = null;
    if (!roster.isEmpty()) {
      owners = DSL.select(FV_OWNER).from(FIELD_VALUES)
          .where(FV_ORG.eq(organizationId).and(FV_FIELD.in(roster)).and(FV_SEARCH.like(pattern)));
    }
    if (!person.isEmpty()) {
      org.jooq.Table<Record> holder = CUSTOMERS.as("holder");
      Field<UUID> holderId = DSL.field(DSL.name("holder", "id"), org.jooq.impl.SQLDataType.UUID);
      Field<UUID> holderOrg = DSL.field(DSL.name("holder", "organization_id"), org.jooq.impl.SQLDataType.UUID);
      Field<UUID> holderPerson = DSL.field(DSL.name("holder", "person_id"), org.jooq.impl.SQLDataType.UUID);
      org.jooq.Select<org.jooq.Record1<UUID>> viaPerson = DSL.select(holderId).from(holder).join(FIELD_VALUES)
          .on(FV_ORG.eq(holderOrg).and(FV_OWNER.eq(holderPerson)))
          .where(holderOrg.eq(organizationId).and(FV_FIELD.in(person)).and(FV_SEARCH.like(pattern)));
      owners = owners == null ? viaPerson : owners.unionAll(viaPerson);
    }
    return owners == null ? DSL.falseCondition() : C_ID.in(owners);
  }

  private static org.jooq.Select<?> fieldRows(FieldId field, FieldScope scope, Condition value) {
    Field<UUID> owner = scope == FieldScope.PERSON ? C_PERSON : C_ID;
    return DSL.selectOne().from(FIELD_VALUES)
        .where(FV_ORG.eq(C_ORG).and(FV_FIELD.eq(field.value())).and(FV_OWNER.eq(owner)).and(value));
  }

  private static org.jooq.Comparator comparator(Comparison comparison) {
    return switch (comparison) {
      case EQ -> org.jooq.Comparator.EQUALS;
      case LT -> org.jooq.Comparator.LESS;
      case LE -> org.jooq.Comparator.LESS_OR_EQUAL;
      case GT -> org.jooq.Comparator.GREATER;
      case GE -> org.jooq.Comparator.GREATER_OR_EQUAL;
    };
  }

  private static <T> Page<T> page(List<T> rows, int limit, java.util.function.Function<T, String> cursorOf) {
    if (rows.size() <= limit) {
      return Page.last(rows);
    }
    List<T> items = rows.subList(0, limit);
    return new Page<>(items, cursorOf.apply(items.get(limit - 1)));
  }

  private static <T> List<List<T>> chunks(Collection<T> items) {
    List<T> all = new ArrayList<>(items);
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return chunks;
  }

  private static Instant at(LocalDateTime utc) {
    return Rows.instant(utc);
  }

  /**
   * After a guarded {@code UPDATE ... WHERE version = expected} changed no row: a locking re-read
   * tells a row that is gone (not found) from one another writer moved on (stale version).
   */
  private void failGuardedUpdate(String entity, Object id, Table<?> table, Condition row, Field<Long> version,
      long expectedVersion) {
    Long actual = db.select(version).from(table).where(row).forUpdate().fetchOne(version);
    if (actual == null) {
      throw new NotFoundException(entity, id);
    }
    throw ConflictException.staleVersion(entity, id, expectedVersion, actual);
  }

  // ---- fields

  final class Fields implements FieldStore {
    @Override
    public void insert(FieldDefinition definition) {
      UUID org = definition.organizationId().value();
      Record holder = db.select(FD_ID).from(FIELD_DEFS).where(FD_ORG.eq(org).and(FD_KEY.eq(definition.key()))).fetchOne();
      if (holder != null) {
        throw new ConflictException(ConflictException.Reason.DUPLICATE,
            "field key " + definition.key() + " is already used by field " + holder.get(FD_ID), holder.get(FD_ID).toString());
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
      Record holder = db.select(FD_ID).from(FIELD_DEFS)
          .where(FD_ORG.eq(org).and(FD_KEY.eq(definition.key())).and(FD_ID.ne(id))).fetchOne();
      if (holder != null) {
        throw new ConflictException(ConflictException.Reason.DUPLICATE,
            "field key " + definition.key() + " is already used by field " + holder.get(FD_ID), holder.get(FD_ID).toString());
      }
      int changed = db.update(FIELD_DEFS).set(columns(definition))
          .where(FD_ORG.eq(org).and(FD_ID.eq(id)).and(FD_VERSION.eq(expectedVersion))).execute();
      if (changed == 0) {
        failGuardedUpdate("field", definition.id(), FIELD_DEFS, FD_ORG.eq(org).and(FD_ID.eq(id)), FD_VERSION,
            expectedVersion);
      }
    }

    @Override
    public List<FieldDefinition> definitions(OrganizationId organizationId) {
      return db.select(FD_ORG, FD_ID, FD_KEY, FD_LABEL, FD_HELP, FD_TYPE, FD_REQUIRED, FD_CHOICES, FD_SCOPE, FD_STAFF_VIEW,
              FD_STAFF_EDIT, FD_CUSTOMER_VIEW, FD_CUSTOMER_EDIT, FD_PERSONAL, FD_WRITE_ONCE, FD_POSITION, FD_ARCHIVED,
              FD_CREATED, FD_UPDATED, FD_VERSION)
          .from(FIELD_DEFS).where(FD_ORG.eq(organizationId.value())).orderBy(FD_POSITION, FD_ID)
          .fetch(r -> {
            String choices = r.get(FD_CHOICES);
            FieldSpec spec = new FieldSpec(r.get(FD_KEY), r.get(FD_LABEL), r.get(FD_HELP), FieldType.valueOf(r.get(FD_TYPE)),
                r.get(FD_REQUIRED), choices.isEmpty() ? List.of() : Arrays.asList(choices.split("\n", -1)),
                FieldScope.valueOf(r.get(FD_SCOPE)),
                new FieldAccess(StaffRole.valueOf(r.get(FD_STAFF_VIEW)), StaffRole.valueOf(r.get(FD_STAFF_EDIT)),
                    r.get(FD_CUSTOMER_VIEW), r.get(FD_CUSTOMER_EDIT)),
                r.get(FD_PERSONAL), r.get(FD_WRITE_ONCE));
            return new FieldDefinition(FieldId.of(r.get(FD_ID)), organizationId, spec, r.get(FD_POSITION), r.get(FD_ARCHIVED),
                at(r.get(FD_CREATED)), at(r.get(FD_UPDATED)), r.get(FD_VERSION));
          });
    }

    @Override
    public List<StoredFieldValue> values(OrganizationId organizationId, Collection<UUID> owners) {
      if (owners.isEmpty()) {
        return List.of();
      }
      Map<List<UUID>, List<String>> texts = new java.util.LinkedHashMap<>();
      Map<UUID, FieldType> types = new HashMap<>();
      db.select(FV_FIELD, FV_OWNER, FV_TEXT, FD_TYPE).from(FIELD_VALUES)
          .join(FIELD_DEFS).on(FD_ORG.eq(FV_ORG).and(FD_ID.eq(FV_FIELD)))
          .where(FV_ORG.eq(organizationId.value()).and(FV_OWNER.in(new LinkedHashSet<>(owners))))
          .orderBy(FV_FIELD, FV_OWNER, FV_ORDINAL)
          .forEach(r -> {
            texts.computeIfAbsent(List.of(r.get(FV_FIELD), r.get(FV_OWNER)), k -> new ArrayList<>()).add(r.get(FV_TEXT));
            types.put(r.get(FV_FIELD), FieldType.valueOf(r.get(FD_TYPE)));
          });
      List<StoredFieldValue> values = new ArrayList<>();
      texts.forEach((key, list) -> values.add(new StoredFieldValue(FieldId.of(key.get(0)), types.get(key.get(0)), key.get(1), list)));
      return values;
    }

    @Override
    public void put(OrganizationId organizationId, StoredFieldValue value) {
      remove(organizationId, value.field(), value.owner());
      var insert = db.insertInto(FIELD_VALUES, FV_ORG, FV_FIELD, FV_OWNER, FV_ORDINAL, FV_TEXT, FV_KEY, FV_NUM, FV_DATE,
          FV_SEARCH);
      int ordinal = 0;
      for (String text : value.values()) {
        insert = insert.values(organizationId.value(), value.field().value(), value.owner(), ordinal++, text,
            text.length() <= MAX_KEY ? text : null,
            value.type().isNumeric() ? new BigDecimal(text) : null,
            value.type() == FieldType.DATE ? LocalDate.parse(text) : null,
            SearchText.fieldText(value.type(), text));
      }
      insert.execute();
    }

    @Override
    public void remove(OrganizationId organizationId, FieldId field, UUID owner) {
      db.deleteFrom(FIELD_VALUES)
          .where(FV_ORG.eq(organizationId.value()).and(FV_FIELD.eq(field.value())).and(FV_OWNER.eq(owner)))
          .execute();
    }

    @Override
    public boolean anyHolds(OrganizationId organizationId, FieldId field, String text) {
      Condition value = text.length() <= MAX_KEY ? FV_KEY.eq(text) : FV_KEY.isNull().and(FV_TEXT.eq(text));
      return db.fetchExists(FIELD_VALUES, FV_ORG.eq(organizationId.value()).and(FV_FIELD.eq(field.value())).and(value));
    }
  }

  // ---- tags

  final class Tags implements TagStore {
    private void checkName(Tag tag) {
      Record holder = db.select(T_ID).from(TAGS)
          .where(T_ORG.eq(tag.organizationId().value()).and(T_NAME_KEY.eq(TagStore.nameKey(tag.name())))
              .and(T_ID.ne(tag.id().value())))
          .fetchOne();
      if (holder != null) {
        throw new ConflictException(ConflictException.Reason.DUPLICATE,
            "tag name " + tag.name() + " is already used by tag " + holder.get(T_ID), holder.get(T_ID).toString());
      }
    }

    @Override
    public void insert(Tag tag) {
      if (db.fetchExists(TAGS, T_ORG.eq(tag.organizationId().value()).and(T_ID.eq(tag.id().value())))) {
        throw new ConflictException(ConflictException.Reason.DUPLICATE, "tag " + tag.id() + " already exists", tag.id().toString());
      }
      checkName(tag);
      db.insertInto(TAGS)
          .set(T_ORG, tag.organizationId().value())
          .set(T_ID, tag.id().value())
          .set(T_NAME, tag.name())
          .set(T_NAME_KEY, TagStore.nameKey(tag.name()))
          .set(T_COLOUR, tag.colour())
          .set(T_CREATED, Rows.utc(tag.createdAt()))
          .set(T_VERSION, tag.version())
          .execute();
    }

    @Override
    public void update(Tag tag, long expectedVersion) {
      UUID org = tag.organizationId().value();
      checkName(tag);
      int changed = db.update(TAGS)
          .set(T_NAME, tag.name())
          .set(T_NAME_KEY, TagStore.nameKey(tag.name()))
          .set(T_COLOUR, tag.colour())
          .set(T_VERSION, tag.version())
          .where(T_ORG.eq(org).and(T_ID.eq(tag.id().value())).and(T_VERSION.eq(expectedVersion)))
          .execute();
      if (changed == 0) {
        failGuardedUpdate("tag", tag.id(), TAGS, T_ORG.eq(org).and(T_ID.eq(tag.id().value())), T_VERSION,
            expectedVersion);
      }
    }

    @Override
    public List<CustomerId> delete(OrganizationId organizationId, TagId id) {
      UUID org = organizationId.value();
      List<CustomerId> had = new ArrayList<>(db.select(CT_CUSTOMER).from(CUSTOMER_TAGS)
          .where(CT_ORG.eq(org).and(CT_TAG.eq(id.value()))).fetch(r -> CustomerId.of(r.get(CT_CUSTOMER))));
      db.deleteFrom(CUSTOMER_TAGS).where(CT_ORG.eq(org).and(CT_TAG.eq(id.value()))).execute();
      db.deleteFrom(TAGS).where(T_ORG.eq(org).and(T_ID.eq(id.value()))).execute();
      had.sort(null);
      return had;
    }

    private Tag tag(Record r) {
      return new Tag(TagId.of(r.get(T_ID)), OrganizationId.of(r.get(T_ORG)), r.get(T_NAME), r.get(T_COLOUR),
          at(r.get(T_CREATED)), r.get(T_VERSION));
    }

    @Override
    public Optional<Tag> find(OrganizationId organizationId, TagId id) {
      return db.select(T_ORG, T_ID, T_NAME, T_COLOUR, T_CREATED, T_VERSION).from(TAGS)
          .where(T_ORG.eq(organizationId.value()).and(T_ID.eq(id.value()))).fetchOptional(this::tag);
    }

    @Override
    public List<Tag> list(OrganizationId organizationId) {
      return db.select(T_ORG, T_ID, T_NAME, T_COLOUR, T_CREATED, T_VERSION).from(TAGS)
          .where(T_ORG.eq(organizationId.value())).orderBy(T_NAME_KEY, T_ID).fetch(this::tag);
    }

    @Override
    public List<CustomerId> assign(OrganizationId organizationId, TagId id, Collection<CustomerId> customers) {
      UUID org = organizationId.value();
      if (!db.fetchExists(TAGS, T_ORG.eq(org).and(T_ID.eq(id.value())))) {
        throw new NotFoundException("tag", id);
      }
      List<CustomerId> added = new ArrayList<>();
      for (List<CustomerId> chunk : chunks(new LinkedHashSet<>(customers))) {
        Set<UUID> already = new java.util.HashSet<>(db.select(CT_CUSTOMER).from(CUSTOMER_TAGS)
            .where(CT_ORG.eq(org).and(CT_TAG.eq(id.value())).and(CT_CUSTOMER.in(chunk.stream().map(CustomerId::value).toList())))
            .fetch(CT_CUSTOMER));
        List<CustomerId> missing = chunk.stream().filter(c -> !already.contains(c.value())).toList();
        if (!missing.isEmpty()) {
          var insert = db.insertInto(CUSTOMER_TAGS, CT_ORG, CT_TAG, CT_CUSTOMER);
          for (CustomerId customer : missing) {
            insert = insert.values(org, id.value(), customer.value());
          }
          insert.execute();
          added.addAll(missing);
        }
      }
      return added;
    }

    @Override
    public List<CustomerId> unassign(OrganizationId organizationId, TagId id, Collection<CustomerId> customers) {
      UUID org = organizationId.value();
      if (!db.fetchExists(TAGS, T_ORG.eq(org).and(T_ID.eq(id.value())))) {
        throw new NotFoundException("tag", id);
      }
      List<CustomerId> removed = new ArrayList<>();
      for (List<CustomerId> chunk : chunks(new LinkedHashSet<>(customers))) {
        List<UUID> ids = chunk.stream().map(CustomerId::value).toList();
        Set<UUID> had = new java.util.HashSet<>(db.select(CT_CUSTOMER).from(CUSTOMER_TAGS)
            .where(CT_ORG.eq(org).and(CT_TAG.eq(id.value())).and(CT_CUSTOMER.in(ids))).forUpdate().fetch(CT_CUSTOMER));
        if (!had.isEmpty()) {
          db.deleteFrom(CUSTOMER_TAGS).where(CT_ORG.eq(org).and(CT_TAG.eq(id.value())).and(CT_CUSTOMER.in(had))).execute();
        }
        chunk.stream().filter(c -> had.contains(c.value())).forEach(removed::add);
      }
      return removed;
    }

    @Override
    public List<Tag> tagsOf(OrganizationId organizationId, CustomerId customerId) {
      return db.select(T_ORG, T_ID, T_NAME, T_COLOUR, T_CREATED, T_VERSION).from(TAGS)
          .join(CUSTOMER_TAGS).on(CT_ORG.eq(T_ORG).and(CT_TAG.eq(T_ID)))
          .where(T_ORG.eq(organizationId.value()).and(CT_CUSTOMER.eq(customerId.value())))
          .orderBy(T_NAME_KEY, T_ID).fetch(this::tag);
    }

    @Override
    public Map<TagId, Long> activeCounts(OrganizationId organizationId) {
      Field<Integer> count = DSL.count();
      Map<TagId, Long> counts = new HashMap<>();
      db.select(CT_TAG, count).from(CUSTOMER_TAGS)
          .join(CUSTOMERS).on(C_ORG.eq(CT_ORG).and(C_ID.eq(CT_CUSTOMER)))
          .where(CT_ORG.eq(organizationId.value()).and(C_STATUS.eq(DSL.inline("ACTIVE"))))
          .groupBy(CT_TAG)
          .forEach(r -> counts.put(TagId.of(r.get(CT_TAG)), r.get(count).longValue()));
      return counts;
    }
  }

  // ---- notes

  final class Notes implements NoteStore {
    private static final String TAG = "notes";

    private Map<Field<?>, @Nullable Object> columns(Note note) {
      Map<Field<?>, @Nullable Object> columns = new java.util.LinkedHashMap<>();
      columns.put(N_BODY, note.text());
      columns.put(N_VISIBILITY, note.visibility().name());
      columns.put(N_PINNED, note.pinned());
      columns.put(N_ALERT, note.alert());
      columns.put(N_UPDATED, Rows.utc(note.updatedAt()));
      columns.put(N_DELETED, Rows.utcOrNull(note.deletedAt()));
      columns.put(N_VERSION, note.version());
      return columns;
    }

    @Override
    public void insert(Note note) {
      if (db.fetchExists(NOTES, N_ORG.eq(note.organizationId().value()).and(N_ID.eq(note.id().value())))) {
        throw new ConflictException(ConflictException.Reason.DUPLICATE, "note " + note.id() + " already exists", note.id().toString());
      }
      db.insertInto(NOTES)
          .set(N_ORG, note.organizationId().value())
          .set(N_ID, note.id().value())
          .set(N_CUSTOMER, note.customerId().value())
          .set(N_AUTHOR, note.author())
          .set(N_CREATED, Rows.utc(note.createdAt()))
          .set(columns(note))
          .execute();
    }

    @Override
    public void update(Note note, long expectedVersion) {
      UUID org = note.organizationId().value();
      int changed = db.update(NOTES).set(columns(note))
          .where(N_ORG.eq(org).and(N_ID.eq(note.id().value())).and(N_VERSION.eq(expectedVersion))).execute();
      if (changed == 0) {
        failGuardedUpdate("note", note.id(), NOTES, N_ORG.eq(org).and(N_ID.eq(note.id().value())), N_VERSION,
            expectedVersion);
      }
    }

    private Note note(Record r) {
      LocalDateTime deleted = r.get(N_DELETED);
      return new Note(NoteId.of(r.get(N_ID)), OrganizationId.of(r.get(N_ORG)), CustomerId.of(r.get(N_CUSTOMER)),
          r.get(N_AUTHOR), r.get(N_BODY), NoteVisibility.valueOf(r.get(N_VISIBILITY)), r.get(N_PINNED), r.get(N_ALERT),
          at(r.get(N_CREATED)), at(r.get(N_UPDATED)), deleted == null ? null : at(deleted), r.get(N_VERSION));
    }

    private List<Field<?>> fields() {
      return List.of(N_ORG, N_ID, N_CUSTOMER, N_AUTHOR, N_BODY, N_VISIBILITY, N_PINNED, N_ALERT, N_CREATED, N_UPDATED,
          N_DELETED, N_VERSION);
    }

    @Override
    public Optional<Note> find(OrganizationId organizationId, NoteId id) {
      return db.select(fields()).from(NOTES).where(N_ORG.eq(organizationId.value()).and(N_ID.eq(id.value())))
          .fetchOptional(this::note);
    }

    private Condition visible(OrganizationId organizationId, CustomerId customerId, NoteScope scope) {
      Condition inScope = scope.visibilities().isEmpty()
          ? DSL.falseCondition()
          : N_VISIBILITY.in(scope.visibilities().stream().map(Enum::name).sorted().toList());
      if (scope.author() != null) {
        inScope = inScope.or(N_VISIBILITY.eq(NoteVisibility.AUTHOR.name()).and(N_AUTHOR.eq(scope.author())));
      }
      return N_ORG.eq(organizationId.value()).and(N_CUSTOMER.eq(customerId.value())).and(N_DELETED.isNull()).and(inScope);
    }

    @Override
    public Page<Note> list(OrganizationId organizationId, CustomerId customerId, NoteScope scope, boolean flaggedOnly,
        int limit, @Nullable String cursor) {
      Condition where = visible(organizationId, customerId, scope);
      if (flaggedOnly) {
        where = where.and(N_PINNED.isTrue().or(N_ALERT.isTrue()));
      }
      if (cursor != null) {
        List<String> keys = Cursors.decode(cursor, TAG, 2);
        where = where.and(row(N_CREATED, N_ID).lt(Rows.utc(Instant.parse(keys.get(0))), UUID.fromString(keys.get(1))));
      }
      List<Note> rows = db.select(fields()).from(NOTES).where(where).orderBy(N_CREATED.desc(), N_ID.desc())
          .limit(limit + 1).fetch(this::note);
      return page(rows, limit, n -> Cursors.encode(TAG, n.createdAt().toString(), n.id().toString()));
    }

    @Override
    public long count(OrganizationId organizationId, CustomerId customerId, NoteScope scope) {
      return db.fetchCount(NOTES, visible(organizationId, customerId, scope));
    }

    @Override
    public void addRevision(OrganizationId organizationId, NoteRevision revision) {
      db.insertInto(NOTE_REVISIONS)
          .set(NR_ORG, organizationId.value())
          .set(NR_NOTE, revision.noteId().value())
          .set(NR_NUMBER, revision.number())
          .set(NR_BY, revision.editedBy())
          .set(NR_AT, Rows.utc(revision.editedAt()))
          .set(NR_TEXT, revision.previousText())
          .execute();
    }

    @Override
    public List<NoteRevision> revisions(OrganizationId organizationId, NoteId id) {
      return db.select(NR_NOTE, NR_NUMBER, NR_BY, NR_AT, NR_TEXT).from(NOTE_REVISIONS)
          .where(NR_ORG.eq(organizationId.value()).and(NR_NOTE.eq(id.value()))).orderBy(NR_NUMBER)
          .fetch(r -> new NoteRevision(NoteId.of(r.get(NR_NOTE)), r.get(NR_NUMBER), r.get(NR_BY), at(r.get(NR_AT)), r.get(NR_TEXT)));
    }
  }

  // ---- metrics

  final class Metrics implements MetricStore {
    private static final String TAG = "metric-history";
    /**
     * Current readings this transaction has locked, by customer and metric, so an increment (which
     * locks and reads first) and its append do not lock and read the same rows twice.
     */
    private final Map<List<UUID>, Optional<MetricReading>> locked = new HashMap<>();

    @Override
    public void insert(MetricDefinition definition) {
      UUID org = definition.organizationId().value();
      Record holder = db.select(MD_ID).from(METRIC_DEFS).where(MD_ORG.eq(org).and(MD_KEY.eq(definition.key()))).fetchOne();
      if (holder != null) {
        throw new ConflictException(ConflictException.Reason.DUPLICATE,
            "metric key " + definition.key() + " is already used by metric " + holder.get(MD_ID), holder.get(MD_ID).toString());
      }
      MetricSpec spec = definition.spec();
      db.insertInto(METRIC_DEFS)
          .set(MD_ORG, org)
          .set(MD_ID, definition.id().value())
          .set(MD_KEY, spec.key())
          .set(MD_NAME, spec.name())
          .set(MD_UNIT, spec.unit())
          .set(MD_KIND, spec.kind().name())
          .set(MD_DECIMALS, spec.decimals())
          .set(MD_CREATED, Rows.utc(definition.createdAt()))
          .set(MD_VERSION, definition.version())
          .execute();
    }

    @Override
    public void update(MetricDefinition definition, long expectedVersion) {
      UUID org = definition.organizationId().value();
      MetricSpec spec = definition.spec();
      int changed = db.update(METRIC_DEFS)
          .set(MD_NAME, spec.name())
          .set(MD_UNIT, spec.unit())
          .set(MD_DECIMALS, spec.decimals())
          .set(MD_VERSION, definition.version())
          .where(MD_ORG.eq(org).and(MD_ID.eq(definition.id().value())).and(MD_VERSION.eq(expectedVersion)))
          .execute();
      if (changed == 0) {
        failGuardedUpdate("metric", definition.id(), METRIC_DEFS,
            MD_ORG.eq(org).and(MD_ID.eq(definition.id().value())), MD_VERSION, expectedVersion);
      }
    }

    @Override
    public List<MetricDefinition> definitions(OrganizationId organizationId) {
      return db.select(MD_ID, MD_KEY, MD_NAME, MD_UNIT, MD_KIND, MD_DECIMALS, MD_CREATED, MD_VERSION).from(METRIC_DEFS)
          .where(MD_ORG.eq(organizationId.value())).orderBy(MD_KEY)
          .fetch(r -> new MetricDefinition(MetricId.of(r.get(MD_ID)), organizationId,
              new MetricSpec(r.get(MD_KEY), r.get(MD_NAME), r.get(MD_UNIT), MetricKind.valueOf(r.get(MD_KIND)),
                  r.get(MD_DECIMALS)),
              at(r.get(MD_CREATED)), r.get(MD_VERSION)));
    }

    @Override
    public void append(MetricReading reading) {
      UUID org = reading.organizationId().value();
      db.insertInto(READINGS)
          .set(MR_ORG, org)
          .set(MR_ID, reading.id())
          .set(MR_CUSTOMER, reading.customerId().value())
          .set(MR_METRIC, reading.metricId().value())
          .set(MR_VALUE, reading.value())
          .set(MR_AT, Rows.utc(reading.at()))
          .set(MR_SOURCE, reading.source())
          .set(MR_BY, reading.recordedBy())
          .execute();
      List<UUID> key = List.of(reading.customerId().value(), reading.metricId().value());
      Optional<MetricReading> current = locked.containsKey(key)
          ? locked.get(key)
          : currentForUpdate(reading.organizationId(), reading.customerId(), reading.metricId());
      if (current.isEmpty() || isLater(reading, current.get())) {
        locked.put(key, Optional.of(reading));
      }
      if (current.isEmpty()) {
        db.insertInto(CURRENT_READINGS)
            .set(MC_ORG, org)
            .set(MC_CUSTOMER, reading.customerId().value())
            .set(MC_METRIC, reading.metricId().value())
            .set(currentColumns(reading))
            .execute();
      } else if (isLater(reading, current.get())) {
        db.update(CURRENT_READINGS).set(currentColumns(reading))
            .where(MC_ORG.eq(org).and(MC_CUSTOMER.eq(reading.customerId().value())).and(MC_METRIC.eq(reading.metricId().value())))
            .execute();
      }
    }

    private boolean isLater(MetricReading reading, MetricReading current) {
      int byTime = reading.at().compareTo(current.at());
      return byTime != 0 ? byTime > 0 : reading.id().toString().compareTo(current.id().toString()) > 0;
    }

    private Map<Field<?>, Object> currentColumns(MetricReading reading) {
      Map<Field<?>, Object> columns = new java.util.LinkedHashMap<>();
      columns.put(MC_READING, reading.id());
      columns.put(MC_VALUE, reading.value());
      columns.put(MC_AT, Rows.utc(reading.at()));
      columns.put(MC_SOURCE, reading.source());
      columns.put(MC_BY, reading.recordedBy());
      return columns;
    }

    private MetricReading current(OrganizationId organizationId, Record r) {
      return new MetricReading(r.get(MC_READING), organizationId, CustomerId.of(r.get(MC_CUSTOMER)), MetricId.of(r.get(MC_METRIC)),
          Decimals.canonical(r.get(MC_VALUE)), at(r.get(MC_AT)), r.get(MC_SOURCE), r.get(MC_BY));
    }

    @Override
    public List<MetricReading> current(OrganizationId organizationId, CustomerId customerId) {
      return db.select(MC_READING, MC_CUSTOMER, MC_METRIC, MC_VALUE, MC_AT, MC_SOURCE, MC_BY).from(CURRENT_READINGS)
          .where(MC_ORG.eq(organizationId.value()).and(MC_CUSTOMER.eq(customerId.value())))
          .fetch(r -> current(organizationId, r));
    }

    @Override
    public Optional<MetricReading> currentForUpdate(OrganizationId organizationId, CustomerId customerId, MetricId metricId) {
      // The customer's row is locked first: a current row that does not exist yet cannot be locked,
      // and two first readings would otherwise both see none and both insert.
      db.select(C_ID).from(CUSTOMERS).where(C_ORG.eq(organizationId.value()).and(C_ID.eq(customerId.value())))
          .forUpdate().fetch();
      Optional<MetricReading> current = db.select(MC_READING, MC_CUSTOMER, MC_METRIC, MC_VALUE, MC_AT, MC_SOURCE, MC_BY)
          .from(CURRENT_READINGS)
          .where(MC_ORG.eq(organizationId.value()).and(MC_CUSTOMER.eq(customerId.value())).and(MC_METRIC.eq(metricId.value())))
          .forUpdate()
          .fetchOptional(r -> current(organizationId, r));
      locked.put(List.of(customerId.value(), metricId.value()), current);
      return current;
    }

    private Condition range(OrganizationId organizationId, CustomerId customerId, MetricId metricId, Instant from, Instant to) {
      return MR_ORG.eq(organizationId.value()).and(MR_CUSTOMER.eq(customerId.value())).and(MR_METRIC.eq(metricId.value()))
          .and(MR_AT.ge(Rows.utc(from))).and(MR_AT.lt(Rows.utc(to)));
    }

    private MetricReading reading(OrganizationId organizationId, Record r) {
      return new MetricReading(r.get(MR_ID), organizationId, CustomerId.of(r.get(MR_CUSTOMER)), MetricId.of(r.get(MR_METRIC)),
          Decimals.canonical(r.get(MR_VALUE)), at(r.get(MR_AT)), r.get(MR_SOURCE), r.get(MR_BY));
    }

    @Override
    public Page<MetricReading> history(OrganizationId organizationId, CustomerId customerId, MetricId metricId, Instant from,
        Instant to, int limit, @Nullable String cursor) {
      Condition where = range(organizationId, customerId, metricId, from, to);
      if (cursor != null) {
        List<String> keys = Cursors.decode(cursor, TAG, 2);
        where = where.and(row(MR_AT, MR_ID).lt(Rows.utc(Instant.parse(keys.get(0))), UUID.fromString(keys.get(1))));
      }
      List<MetricReading> rows = db.select(MR_ID, MR_CUSTOMER, MR_METRIC, MR_VALUE, MR_AT, MR_SOURCE, MR_BY).from(READINGS)
          .where(where).orderBy(MR_AT.desc(), MR_ID.desc()).limit(limit + 1).fetch(r -> reading(organizationId, r));
      return page(rows, limit, r -> Cursors.encode(TAG, r.at().toString(), r.id().toString()));
    }

    @Override
    public Optional<MetricSummary> summary(OrganizationId organizationId, CustomerId customerId, MetricId metricId,
        Instant from, Instant to) {
      Condition where = range(organizationId, customerId, metricId, from, to);
      Field<Integer> count = DSL.count();
      Field<BigDecimal> min = DSL.min(MR_VALUE);
      Field<BigDecimal> max = DSL.max(MR_VALUE);
      Field<BigDecimal> sum = DSL.sum(MR_VALUE);
      Record totals = db.select(count, min, max, sum).from(READINGS).where(where).fetchOne();
      if (totals == null || totals.get(count) == 0) {
        return Optional.empty();
      }
      MetricReading last = db.select(MR_ID, MR_CUSTOMER, MR_METRIC, MR_VALUE, MR_AT, MR_SOURCE, MR_BY).from(READINGS)
          .where(where).orderBy(MR_AT.desc(), MR_ID.desc()).limit(1).fetchOne(r -> reading(organizationId, r));
      long n = totals.get(count);
      // The mean is worked out here, the same way as in memory, so every adapter rounds it alike.
      BigDecimal average = totals.get(sum).divide(BigDecimal.valueOf(n), MathContext.DECIMAL64)
          .setScale(MetricSummary.AVERAGE_SCALE, RoundingMode.HALF_EVEN);
      return Optional.of(new MetricSummary(from, to, n, Decimals.canonical(totals.get(min)), Decimals.canonical(totals.get(max)),
          Decimals.canonical(average), java.util.Objects.requireNonNull(last, "last")));
    }
  }

  // ---- consent

  final class Consent implements ConsentStore {
    @Override
    public void insertPurpose(OrganizationId organizationId, ConsentPurpose purpose) {
      if (db.fetchExists(PURPOSES, CP_ORG.eq(organizationId.value()).and(CP_KEY.eq(purpose.key())))) {
        throw new ConflictException(ConflictException.Reason.DUPLICATE, "consent purpose " + purpose.key() + " already exists",
            purpose.key());
      }
      db.insertInto(PURPOSES).set(CP_ORG, organizationId.value()).set(CP_KEY, purpose.key()).set(CP_LABEL, purpose.label())
          .execute();
    }

    @Override
    public List<ConsentPurpose> purposes(OrganizationId organizationId) {
      return db.select(CP_KEY, CP_LABEL).from(PURPOSES).where(CP_ORG.eq(organizationId.value())).orderBy(CP_KEY)
          .fetch(r -> new ConsentPurpose(r.get(CP_KEY), r.get(CP_LABEL)));
    }

    @Override
    public void append(ConsentRecord record) {
      UUID org = record.organizationId().value();
      db.insertInto(CONSENT_HISTORY)
          .set(CH_ORG, org)
          .set(CH_ID, record.id())
          .set(CH_CUSTOMER, record.customerId().value())
          .set(CH_PURPOSE, record.purpose())
          .set(CH_STATUS, record.status().name())
          .set(CH_AT, Rows.utc(record.at()))
          .set(CH_SOURCE, record.source())
          .set(CH_BY, record.recordedBy())
          .execute();
      Map<Field<?>, Object> columns = new java.util.LinkedHashMap<>();
      columns.put(CC_RECORD, record.id());
      columns.put(CC_STATUS, record.status().name());
      columns.put(CC_AT, Rows.utc(record.at()));
      columns.put(CC_SOURCE, record.source());
      columns.put(CC_BY, record.recordedBy());
      int changed = db.update(CONSENT_CURRENT).set(columns)
          .where(CC_ORG.eq(org).and(CC_CUSTOMER.eq(record.customerId().value())).and(CC_PURPOSE.eq(record.purpose())))
          .execute();
      if (changed == 0) {
        db.insertInto(CONSENT_CURRENT)
            .set(CC_ORG, org)
            .set(CC_CUSTOMER, record.customerId().value())
            .set(CC_PURPOSE, record.purpose())
            .set(columns)
            .execute();
      }
    }

    @Override
    public List<ConsentRecord> current(OrganizationId organizationId, CustomerId customerId) {
      return db.select(CC_RECORD, CC_PURPOSE, CC_STATUS, CC_AT, CC_SOURCE, CC_BY).from(CONSENT_CURRENT)
          .where(CC_ORG.eq(organizationId.value()).and(CC_CUSTOMER.eq(customerId.value())))
          .fetch(r -> new ConsentRecord(r.get(CC_RECORD), organizationId, customerId, r.get(CC_PURPOSE),
              ConsentStatus.valueOf(r.get(CC_STATUS)), at(r.get(CC_AT)), r.get(CC_SOURCE), r.get(CC_BY)));
    }

    @Override
    public List<ConsentRecord> history(OrganizationId organizationId, CustomerId customerId) {
      return db.select(CH_ID, CH_PURPOSE, CH_STATUS, CH_AT, CH_SOURCE, CH_BY).from(CONSENT_HISTORY)
          .where(CH_ORG.eq(organizationId.value()).and(CH_CUSTOMER.eq(customerId.value())))
          .orderBy(CH_AT.desc(), CH_ID.desc())
          .fetch(r -> new ConsentRecord(r.get(CH_ID), organizationId, customerId, r.get(CH_PURPOSE),
              ConsentStatus.valueOf(r.get(CH_STATUS)), at(r.get(CH_AT)), r.get(CH_SOURCE), r.get(CH_BY)));
    }
  }
}
