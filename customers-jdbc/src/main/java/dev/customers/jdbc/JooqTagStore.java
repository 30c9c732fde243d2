package dev.customers.jdbc;

import static dev.customers.jdbc.ConsentTables.*;
import static dev.customers.jdbc.FieldTables.*;
import static dev.customers.jdbc.MetricTables.*;
import static dev.customers.jdbc.NoteTables.*;
import static dev.customers.jdbc.RosterTables.*;
import static dev.customers.jdbc.TagTables.*;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.NotFoundException;
import dev.customers.api.OrganizationId;
import dev.customers.api.TagId;
import dev.customers.api.spi.TagStore;
import dev.customers.api.tags.Tag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Tags and their assignments in SQL. */
final class JooqTagStore implements TagStore {
  private final DSLContext db;

  JooqTagStore(DSLContext db) {
    this.db = db;
  }

  private void checkName(Tag tag) {
    Record holder =
        db.select(T_ID)
            .from(TAGS)
            .where(
                T_ORG
                    .eq(tag.organizationId().value())
                    .and(T_NAME_KEY.eq(TagStore.nameKey(tag.name())))
                    .and(T_ID.ne(tag.id().value())))
            .fetchOne();
    if (holder != null) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "tag name " + tag.name() + " is already used by tag " + holder.get(T_ID),
          holder.get(T_ID).toString());
    }
  }

  @Override
  public void insert(Tag tag) {
    if (db.fetchExists(
        TAGS, T_ORG.eq(tag.organizationId().value()).and(T_ID.eq(tag.id().value())))) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "tag " + tag.id() + " already exists",
          tag.id().toString());
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
    Map<Field<?>, Object> columns = new java.util.LinkedHashMap<>();
    columns.put(T_NAME, tag.name());
    columns.put(T_NAME_KEY, TagStore.nameKey(tag.name()));
    columns.put(T_COLOUR, tag.colour());
    columns.put(T_VERSION, tag.version());
    Sql.guardedUpdate(
        db,
        "tag",
        tag.id(),
        TAGS,
        T_ORG.eq(org).and(T_ID.eq(tag.id().value())),
        T_VERSION,
        expectedVersion,
        columns);
  }

  /**
   * Locks the tag's row, so the assignment changes of one tag (assign, unassign, delete) run one
   * after another on every database: none inserts what another is inserting, none deadlocks on the
   * other's index ranges, and none adds to a tag being deleted. False when there is no tag.
   */
  private boolean lock(UUID org, TagId id) {
    return db.select(T_ID)
            .from(TAGS)
            .where(T_ORG.eq(org).and(T_ID.eq(id.value())))
            .forUpdate()
            .fetchOne()
        != null;
  }

  @Override
  public List<CustomerId> delete(OrganizationId organizationId, TagId id) {
    UUID org = organizationId.value();
    if (!lock(org, id)) {
      return List.of();
    }
    List<CustomerId> had =
        new ArrayList<>(
            db.select(CT_CUSTOMER)
                .from(CUSTOMER_TAGS)
                .where(CT_ORG.eq(org).and(CT_TAG.eq(id.value())))
                .forUpdate()
                .fetch(r -> CustomerId.of(r.get(CT_CUSTOMER))));
    db.deleteFrom(CUSTOMER_TAGS).where(CT_ORG.eq(org).and(CT_TAG.eq(id.value()))).execute();
    db.deleteFrom(TAGS).where(T_ORG.eq(org).and(T_ID.eq(id.value()))).execute();
    had.sort(null);
    return had;
  }

  private Tag tag(Record r) {
    return new Tag(
        TagId.of(r.get(T_ID)),
        OrganizationId.of(r.get(T_ORG)),
        r.get(T_NAME),
        r.get(T_COLOUR),
        Rows.instant(r.get(T_CREATED)),
        r.get(T_VERSION));
  }

  @Override
  public Optional<Tag> find(OrganizationId organizationId, TagId id) {
    return db.select(T_ORG, T_ID, T_NAME, T_COLOUR, T_CREATED, T_VERSION)
        .from(TAGS)
        .where(T_ORG.eq(organizationId.value()).and(T_ID.eq(id.value())))
        .fetchOptional(this::tag);
  }

  @Override
  public List<Tag> list(OrganizationId organizationId) {
    return db.select(T_ORG, T_ID, T_NAME, T_COLOUR, T_CREATED, T_VERSION)
        .from(TAGS)
        .where(T_ORG.eq(organizationId.value()))
        .orderBy(T_NAME_KEY, T_ID)
        .fetch(this::tag);
  }

  @Override
  public List<CustomerId> assign(
      OrganizationId organizationId, TagId id, Collection<CustomerId> customers) {
    UUID org = organizationId.value();
    if (!lock(org, id)) {
      throw new NotFoundException("tag", id);
    }
    List<CustomerId> added = new ArrayList<>();
    for (List<CustomerId> chunk : Sql.chunks(new LinkedHashSet<>(customers))) {
      Set<UUID> already =
          new java.util.HashSet<>(
              db.select(CT_CUSTOMER)
                  .from(CUSTOMER_TAGS)
                  .where(
                      CT_ORG
                          .eq(org)
                          .and(CT_TAG.eq(id.value()))
                          .and(CT_CUSTOMER.in(chunk.stream().map(CustomerId::value).toList())))
                  .forUpdate() // a locking read sees what committed since the snapshot (MariaDB)
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
  public List<CustomerId> unassign(
      OrganizationId organizationId, TagId id, Collection<CustomerId> customers) {
    UUID org = organizationId.value();
    if (!lock(org, id)) {
      throw new NotFoundException("tag", id);
    }
    List<CustomerId> removed = new ArrayList<>();
    for (List<CustomerId> chunk : Sql.chunks(new LinkedHashSet<>(customers))) {
      List<UUID> ids = chunk.stream().map(CustomerId::value).toList();
      Set<UUID> had =
          new java.util.HashSet<>(
              db.select(CT_CUSTOMER)
                  .from(CUSTOMER_TAGS)
                  .where(CT_ORG.eq(org).and(CT_TAG.eq(id.value())).and(CT_CUSTOMER.in(ids)))
                  .forUpdate() // a locking read sees what committed since the snapshot (MariaDB)
                  .fetch(CT_CUSTOMER));
      if (!had.isEmpty()) {
        db.deleteFrom(CUSTOMER_TAGS)
            .where(CT_ORG.eq(org).and(CT_TAG.eq(id.value())).and(CT_CUSTOMER.in(had)))
            .execute();
      }
      chunk.stream().filter(c -> had.contains(c.value())).forEach(removed::add);
    }
    return removed;
  }

  @Override
  public List<Tag> tagsOf(OrganizationId organizationId, CustomerId customerId) {
    return db.select(T_ORG, T_ID, T_NAME, T_COLOUR, T_CREATED, T_VERSION)
        .from(TAGS)
        .join(CUSTOMER_TAGS)
        .on(CT_ORG.eq(T_ORG).and(CT_TAG.eq(T_ID)))
        .where(T_ORG.eq(organizationId.value()).and(CT_CUSTOMER.eq(customerId.value())))
        .orderBy(T_NAME_KEY, T_ID)
        .fetch(this::tag);
  }

  @Override
  public Map<CustomerId, List<Tag>> tagsOfAll(
      OrganizationId organizationId, java.util.Collection<CustomerId> customerIds) {
    Map<CustomerId, List<Tag>> tags = new HashMap<>();
    if (customerIds.isEmpty()) {
      return tags;
    }
    db.select(CT_CUSTOMER, T_ORG, T_ID, T_NAME, T_COLOUR, T_CREATED, T_VERSION)
        .from(TAGS)
        .join(CUSTOMER_TAGS)
        .on(CT_ORG.eq(T_ORG).and(CT_TAG.eq(T_ID)))
        .where(
            T_ORG
                .eq(organizationId.value())
                .and(CT_CUSTOMER.in(customerIds.stream().map(CustomerId::value).toList())))
        .orderBy(T_NAME_KEY, T_ID)
        .forEach(
            r ->
                tags.computeIfAbsent(CustomerId.of(r.get(CT_CUSTOMER)), c -> new ArrayList<>())
                    .add(tag(r)));
    return tags;
  }

  @Override
  public Map<TagId, Long> activeCounts(OrganizationId organizationId) {
    Field<Integer> count = DSL.count();
    Map<TagId, Long> counts = new HashMap<>();
    db.select(CT_TAG, count)
        .from(CUSTOMER_TAGS)
        .join(CUSTOMERS)
        .on(C_ORG.eq(CT_ORG).and(C_ID.eq(CT_CUSTOMER)))
        .where(CT_ORG.eq(organizationId.value()).and(C_STATUS.eq(DSL.inline("ACTIVE"))))
        .groupBy(CT_TAG)
        .forEach(r -> counts.put(TagId.of(r.get(CT_TAG)), r.get(count).longValue()));
    return counts;
  }
}
