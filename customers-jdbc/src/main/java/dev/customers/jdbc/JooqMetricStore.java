package dev.customers.jdbc;

import static dev.customers.jdbc.ConsentTables.*;
import static dev.customers.jdbc.FieldTables.*;
import static dev.customers.jdbc.MetricTables.*;
import static dev.customers.jdbc.NoteTables.*;
import static dev.customers.jdbc.RosterTables.*;
import static dev.customers.jdbc.TagTables.*;
import static org.jooq.impl.DSL.row;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.MetricId;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.metrics.MetricDefinition;
import dev.customers.api.metrics.MetricKind;
import dev.customers.api.metrics.MetricReading;
import dev.customers.api.metrics.MetricSpec;
import dev.customers.api.metrics.MetricSummary;
import dev.customers.api.spi.Cursors;
import dev.customers.api.spi.Decimals;
import dev.customers.api.spi.MetricStore;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/** Metric definitions and readings in SQL, with the current reading kept on write. */
final class JooqMetricStore implements MetricStore {
  private final DSLContext db;

  JooqMetricStore(DSLContext db) {
    this.db = db;
  }

  private static final String TAG = "metric-history";

  /**
   * Current readings this transaction has locked, by customer and metric, so an increment (which
   * locks and reads first) and its append do not lock and read the same rows twice.
   */
  private final Map<List<UUID>, Optional<MetricReading>> locked = new HashMap<>();

  @Override
  public void insert(MetricDefinition definition) {
    UUID org = definition.organizationId().value();
    Record holder =
        db.select(MD_ID)
            .from(METRIC_DEFS)
            .where(MD_ORG.eq(org).and(MD_KEY.eq(definition.key())))
            .fetchOne();
    if (holder != null) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "metric key " + definition.key() + " is already used by metric " + holder.get(MD_ID),
          holder.get(MD_ID).toString());
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
    Map<Field<?>, Object> columns = new java.util.LinkedHashMap<>();
    columns.put(MD_NAME, spec.name());
    columns.put(MD_UNIT, spec.unit());
    columns.put(MD_DECIMALS, spec.decimals());
    columns.put(MD_VERSION, definition.version());
    Sql.guardedUpdate(
        db,
        "metric",
        definition.id(),
        METRIC_DEFS,
        MD_ORG.eq(org).and(MD_ID.eq(definition.id().value())),
        MD_VERSION,
        expectedVersion,
        columns);
  }

  @Override
  public List<MetricDefinition> definitions(OrganizationId organizationId) {
    return db.select(MD_ID, MD_KEY, MD_NAME, MD_UNIT, MD_KIND, MD_DECIMALS, MD_CREATED, MD_VERSION)
        .from(METRIC_DEFS)
        .where(MD_ORG.eq(organizationId.value()))
        .orderBy(MD_KEY)
        .fetch(
            r ->
                new MetricDefinition(
                    MetricId.of(r.get(MD_ID)),
                    organizationId,
                    new MetricSpec(
                        r.get(MD_KEY),
                        r.get(MD_NAME),
                        r.get(MD_UNIT),
                        MetricKind.valueOf(r.get(MD_KIND)),
                        r.get(MD_DECIMALS)),
                    Rows.instant(r.get(MD_CREATED)),
                    r.get(MD_VERSION)));
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
    Optional<MetricReading> current =
        locked.containsKey(key)
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
      db.update(CURRENT_READINGS)
          .set(currentColumns(reading))
          .where(
              MC_ORG
                  .eq(org)
                  .and(MC_CUSTOMER.eq(reading.customerId().value()))
                  .and(MC_METRIC.eq(reading.metricId().value())))
          .execute();
    }
  }

  private boolean isLater(MetricReading reading, MetricReading current) {
    int byTime = reading.at().compareTo(current.at());
    return byTime != 0
        ? byTime > 0
        : reading.id().toString().compareTo(current.id().toString()) > 0;
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
    return new MetricReading(
        r.get(MC_READING),
        organizationId,
        CustomerId.of(r.get(MC_CUSTOMER)),
        MetricId.of(r.get(MC_METRIC)),
        Decimals.canonical(r.get(MC_VALUE)),
        Rows.instant(r.get(MC_AT)),
        r.get(MC_SOURCE),
        r.get(MC_BY));
  }

  @Override
  public List<MetricReading> current(OrganizationId organizationId, CustomerId customerId) {
    return db.select(MC_READING, MC_CUSTOMER, MC_METRIC, MC_VALUE, MC_AT, MC_SOURCE, MC_BY)
        .from(CURRENT_READINGS)
        .where(MC_ORG.eq(organizationId.value()).and(MC_CUSTOMER.eq(customerId.value())))
        .fetch(r -> current(organizationId, r));
  }

  @Override
  public Optional<MetricReading> currentForUpdate(
      OrganizationId organizationId, CustomerId customerId, MetricId metricId) {
    // The customer's row is locked first: a current row that does not exist yet cannot be locked,
    // and two first readings would otherwise both see none and both insert.
    db.select(C_ID)
        .from(CUSTOMERS)
        .where(C_ORG.eq(organizationId.value()).and(C_ID.eq(customerId.value())))
        .forUpdate()
        .fetch();
    Optional<MetricReading> current =
        db.select(MC_READING, MC_CUSTOMER, MC_METRIC, MC_VALUE, MC_AT, MC_SOURCE, MC_BY)
            .from(CURRENT_READINGS)
            .where(
                MC_ORG
                    .eq(organizationId.value())
                    .and(MC_CUSTOMER.eq(customerId.value()))
                    .and(MC_METRIC.eq(metricId.value())))
            .forUpdate()
            .fetchOptional(r -> current(organizationId, r));
    locked.put(List.of(customerId.value(), metricId.value()), current);
    return current;
  }

  private Condition range(
      OrganizationId organizationId,
      CustomerId customerId,
      MetricId metricId,
      Instant from,
      Instant to) {
    return MR_ORG
        .eq(organizationId.value())
        .and(MR_CUSTOMER.eq(customerId.value()))
        .and(MR_METRIC.eq(metricId.value()))
        .and(MR_AT.ge(Rows.utc(from)))
        .and(MR_AT.lt(Rows.utc(to)));
  }

  private MetricReading reading(OrganizationId organizationId, Record r) {
    return new MetricReading(
        r.get(MR_ID),
        organizationId,
        CustomerId.of(r.get(MR_CUSTOMER)),
        MetricId.of(r.get(MR_METRIC)),
        Decimals.canonical(r.get(MR_VALUE)),
        Rows.instant(r.get(MR_AT)),
        r.get(MR_SOURCE),
        r.get(MR_BY));
  }

  @Override
  public Page<MetricReading> history(
      OrganizationId organizationId,
      CustomerId customerId,
      MetricId metricId,
      Instant from,
      Instant to,
      int limit,
      @Nullable String cursor) {
    Condition where = range(organizationId, customerId, metricId, from, to);
    if (cursor != null) {
      Cursors.Keys keys = Cursors.read(cursor, TAG, 2);
      where = where.and(row(MR_AT, MR_ID).lt(Rows.utc(keys.instant(0)), keys.uuid(1)));
    }
    List<MetricReading> rows =
        db.select(MR_ID, MR_CUSTOMER, MR_METRIC, MR_VALUE, MR_AT, MR_SOURCE, MR_BY)
            .from(READINGS)
            .where(where)
            .orderBy(MR_AT.desc(), MR_ID.desc())
            .limit(limit + 1)
            .fetch(r -> reading(organizationId, r));
    return Cursors.page(
        rows, limit, r -> Cursors.encode(TAG, r.at().toString(), r.id().toString()));
  }

  @Override
  public Optional<MetricSummary> summary(
      OrganizationId organizationId,
      CustomerId customerId,
      MetricId metricId,
      Instant from,
      Instant to) {
    Condition where = range(organizationId, customerId, metricId, from, to);
    Field<Integer> count = DSL.count();
    Field<BigDecimal> min = DSL.min(MR_VALUE);
    Field<BigDecimal> max = DSL.max(MR_VALUE);
    Field<BigDecimal> sum = DSL.sum(MR_VALUE);
    Record totals = db.select(count, min, max, sum).from(READINGS).where(where).fetchOne();
    if (totals == null || totals.get(count) == 0) {
      return Optional.empty();
    }
    MetricReading last =
        db.select(MR_ID, MR_CUSTOMER, MR_METRIC, MR_VALUE, MR_AT, MR_SOURCE, MR_BY)
            .from(READINGS)
            .where(where)
            .orderBy(MR_AT.desc(), MR_ID.desc())
            .limit(1)
            .fetchOne(r -> reading(organizationId, r));
    long n = totals.get(count);
    // The mean is worked out here, the same way as in memory, so every adapter rounds it alike.
    BigDecimal average =
        totals
            .get(sum)
            .divide(BigDecimal.valueOf(n), MathContext.DECIMAL64)
            .setScale(MetricSummary.AVERAGE_SCALE, RoundingMode.HALF_EVEN);
    return Optional.of(
        new MetricSummary(
            from,
            to,
            n,
            Decimals.canonical(totals.get(min)),
            Decimals.canonical(totals.get(max)),
            Decimals.canonical(average),
            java.util.Objects.requireNonNull(last, "last")));
  }
}
