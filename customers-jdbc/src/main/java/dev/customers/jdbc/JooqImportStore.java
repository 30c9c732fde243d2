package dev.customers.jdbc;

import static dev.customers.jdbc.ImportTables.*;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.ImportJobId;
import dev.customers.api.OrganizationId;
import dev.customers.api.imports.ImportCounts;
import dev.customers.api.imports.ImportStatus;
import dev.customers.api.spi.ImportStore;
import dev.customers.api.spi.StoredFailedRow;
import dev.customers.api.spi.StoredImportJob;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Import jobs, sources, failed rows, mappings and external ids in SQL. A claim, a batch's progress
 * and a job's end are conditional updates of the job's row (queued or lapsed; still held by the
 * worker), which the database applies to one writer at a time: of two instances claiming one job,
 * the second re-reads the row the first wrote and finds it held. Every statement names the
 * organization, so on Citus each routes to one shard.
 */
final class JooqImportStore implements ImportStore {
  private final DSLContext db;

  JooqImportStore(DSLContext db) {
    this.db = db;
  }

  @Override
  public void insertJob(StoredImportJob job) {
    db.insertInto(JOBS)
        .set(J_ORG, job.organizationId().value())
        .set(J_ID, job.id().value())
        .set(J_STATUS, job.status().name())
        .set(J_OPTIONS, job.options())
        .set(J_KIND, job.sourceKind())
        .set(J_CHUNKS, job.sourceChunks())
        .set(J_ACTOR, job.actor())
        .set(J_HEADER, job.header())
        .set(J_READ, job.counts().read())
        .set(J_CREATED, job.counts().created())
        .set(J_UPDATED, job.counts().updated())
        .set(J_UNCHANGED, job.counts().unchanged())
        .set(J_FAILED, job.counts().failed())
        .set(J_CLAIMED_BY, job.claimedBy())
        .set(J_CLAIMED_UNTIL, Rows.utcOrNull(job.claimedUntil()))
        .set(J_CANCEL, job.cancelRequested())
        .set(J_PROBLEM, job.problem())
        .set(J_CREATED_AT, Rows.utc(job.createdAt()))
        .set(J_UPDATED_AT, Rows.utc(job.updatedAt()))
        .execute();
  }

  @Override
  public void putSourceChunk(
      OrganizationId organizationId, ImportJobId job, int index, byte[] bytes) {
    if (bytes.length > CHUNK_BYTES) {
      throw new IllegalArgumentException("a chunk holds at most " + CHUNK_BYTES + " bytes");
    }
    db.insertInto(SOURCES)
        .set(SRC_ORG, organizationId.value())
        .set(SRC_JOB, job.value())
        .set(SRC_INDEX, index)
        .set(SRC_BYTES, bytes)
        .execute();
  }

  @Override
  public Optional<byte[]> sourceChunk(OrganizationId organizationId, ImportJobId job, int index) {
    return db.select(SRC_BYTES)
        .from(SOURCES)
        .where(
            SRC_ORG
                .eq(organizationId.value())
                .and(SRC_JOB.eq(job.value()))
                .and(SRC_INDEX.eq(index)))
        .fetchOptional(SRC_BYTES);
  }

  @Override
  public void dropSource(OrganizationId organizationId, ImportJobId job) {
    db.deleteFrom(SOURCES)
        .where(SRC_ORG.eq(organizationId.value()).and(SRC_JOB.eq(job.value())))
        .execute();
  }

  @Override
  public Optional<StoredImportJob> job(OrganizationId organizationId, ImportJobId job) {
    return db.select(JOB_FIELDS)
        .from(JOBS)
        .where(J_ORG.eq(organizationId.value()).and(J_ID.eq(job.value())))
        .fetchOptional(JooqImportStore::job);
  }

  @Override
  public List<StoredImportJob> jobs(
      OrganizationId organizationId, @Nullable ImportJobId before, int limit) {
    Condition where = J_ORG.eq(organizationId.value());
    if (before != null) {
      where = where.and(J_ID.lt(before.value()));
    }
    return db.select(JOB_FIELDS)
        .from(JOBS)
        .where(where)
        .orderBy(J_ID.desc())
        .limit(limit)
        .fetch(JooqImportStore::job);
  }

  @Override
  public Optional<StoredImportJob> claim(
      OrganizationId organizationId, ImportJobId job, String worker, Instant now, Instant until) {
    LocalDateTime at = Rows.utc(now);
    int claimed =
        db.update(JOBS)
            .set(J_STATUS, ImportStatus.RUNNING.name())
            .set(J_CLAIMED_BY, worker)
            .set(J_CLAIMED_UNTIL, Rows.utc(until))
            .set(J_PROBLEM, (String) null)
            .set(J_UPDATED_AT, at)
            .where(
                J_ORG
                    .eq(organizationId.value())
                    .and(J_ID.eq(job.value()))
                    .and(
                        J_STATUS
                            .eq(ImportStatus.QUEUED.name())
                            .or(
                                J_STATUS
                                    .eq(ImportStatus.RUNNING.name())
                                    .and(J_CLAIMED_UNTIL.isNull().or(J_CLAIMED_UNTIL.lt(at))))))
            .execute();
    return claimed == 1 ? job(organizationId, job) : Optional.empty();
  }

  private Condition held(OrganizationId organizationId, ImportJobId job, String worker) {
    return J_ORG
        .eq(organizationId.value())
        .and(J_ID.eq(job.value()))
        .and(J_STATUS.eq(ImportStatus.RUNNING.name()))
        .and(J_CLAIMED_BY.eq(worker));
  }

  @Override
  public Optional<StoredImportJob> progress(
      OrganizationId organizationId,
      ImportJobId job,
      String worker,
      ImportCounts counts,
      @Nullable String header,
      Instant until,
      Instant now) {
    Long before =
        db.select(J_READ)
            .from(JOBS)
            .where(held(organizationId, job, worker))
            .fetchOptional(J_READ)
            .orElse(null);
    if (before == null) {
      return Optional.empty();
    }
    refreshStatistics(before, counts.read());
    int updated =
        db.update(JOBS)
            .set(J_READ, counts.read())
            .set(J_CREATED, counts.created())
            .set(J_UPDATED, counts.updated())
            .set(J_UNCHANGED, counts.unchanged())
            .set(J_FAILED, counts.failed())
            .set(J_HEADER, header == null ? J_HEADER : DSL.val(header, J_HEADER))
            .set(J_CLAIMED_UNTIL, Rows.utc(until))
            .set(J_UPDATED_AT, Rows.utc(now))
            .where(held(organizationId, job, worker))
            .execute();
    return updated == 1 ? job(organizationId, job) : Optional.empty();
  }

  /** The tables an import fills, whose planner statistics it keeps up to date on PostgreSQL. */
  private static final List<org.jooq.Table<?>> FILLED =
      List.of(
          RosterTables.PERSONS,
          RosterTables.CUSTOMERS,
          RosterTables.OUTBOX,
          EXTERNAL,
          TagTables.CUSTOMER_TAGS,
          FieldTables.FIELD_VALUES);

  /**
   * Analyzes the tables an import fills each time it has read four times as many rows as at the
   * last time (5,000, 20,000, 80,000, ...), on PostgreSQL: a server without autovacuum (or one that
   * has not caught up yet) keeps the statistics of the empty tables, and plans the batch's lookups
   * by email, external id and customer as scans that grow with the roster. A few analyzes per
   * import keep every batch's lookups on their indexes. MariaDB and H2 keep their statistics
   * themselves.
   */
  private void refreshStatistics(long before, long after) {
    if (db.dialect().family() != org.jooq.SQLDialect.POSTGRES) {
      return;
    }
    long threshold = 5_000;
    while (threshold <= before) {
      threshold *= 4;
    }
    if (after >= threshold) {
      for (org.jooq.Table<?> table : FILLED) {
        db.query("analyze {0}", table).execute();
      }
    }
  }

  @Override
  public Optional<StoredImportJob> finish(
      OrganizationId organizationId,
      ImportJobId job,
      String worker,
      ImportStatus status,
      @Nullable String problem,
      Instant now) {
    int updated =
        db.update(JOBS)
            .set(J_STATUS, status.name())
            .set(J_CLAIMED_BY, (String) null)
            .set(J_CLAIMED_UNTIL, (LocalDateTime) null)
            .set(J_PROBLEM, problem)
            .set(J_UPDATED_AT, Rows.utc(now))
            .where(held(organizationId, job, worker))
            .execute();
    return updated == 1 ? job(organizationId, job) : Optional.empty();
  }

  @Override
  public Optional<StoredImportJob> cancel(
      OrganizationId organizationId, ImportJobId job, Instant now) {
    Condition one = J_ORG.eq(organizationId.value()).and(J_ID.eq(job.value()));
    int queued =
        db.update(JOBS)
            .set(J_STATUS, ImportStatus.CANCELLED.name())
            .set(J_UPDATED_AT, Rows.utc(now))
            .where(one.and(J_STATUS.eq(ImportStatus.QUEUED.name())))
            .execute();
    int running =
        queued == 1
            ? 0
            : db.update(JOBS)
                .set(J_CANCEL, true)
                .set(J_UPDATED_AT, Rows.utc(now))
                .where(one.and(J_STATUS.eq(ImportStatus.RUNNING.name())))
                .execute();
    return queued + running == 1 ? job(organizationId, job) : Optional.empty();
  }

  @Override
  public void addFailedRows(
      OrganizationId organizationId, ImportJobId job, List<StoredFailedRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    var insert = db.insertInto(FAILED, FR_ORG, FR_JOB, FR_LINE, FR_ROW);
    for (StoredFailedRow row : rows) {
      insert = insert.values(organizationId.value(), job.value(), row.line(), row.row());
    }
    insert.execute();
  }

  @Override
  public List<StoredFailedRow> failedRows(
      OrganizationId organizationId, ImportJobId job, long afterLine, int limit) {
    return db.select(FR_LINE, FR_ROW)
        .from(FAILED)
        .where(
            FR_ORG
                .eq(organizationId.value())
                .and(FR_JOB.eq(job.value()))
                .and(FR_LINE.gt(afterLine)))
        .orderBy(FR_LINE)
        .limit(limit)
        .fetch(r -> new StoredFailedRow(r.get(FR_LINE), r.get(FR_ROW)));
  }

  @Override
  public void saveMapping(OrganizationId organizationId, String name, String mapping, Instant now) {
    db.deleteFrom(MAPPINGS).where(M_ORG.eq(organizationId.value()).and(M_NAME.eq(name))).execute();
    db.insertInto(MAPPINGS)
        .set(M_ORG, organizationId.value())
        .set(M_NAME, name)
        .set(M_MAPPING, mapping)
        .set(M_SAVED, Rows.utc(now))
        .execute();
  }

  @Override
  public Optional<String> mapping(OrganizationId organizationId, String name) {
    return db.select(M_MAPPING)
        .from(MAPPINGS)
        .where(M_ORG.eq(organizationId.value()).and(M_NAME.eq(name)))
        .fetchOptional(M_MAPPING);
  }

  @Override
  public List<String> mappingNames(OrganizationId organizationId) {
    return db.select(M_NAME)
        .from(MAPPINGS)
        .where(M_ORG.eq(organizationId.value()))
        .orderBy(M_NAME)
        .fetch(M_NAME);
  }

  @Override
  public Map<String, CustomerId> customersByExternalId(
      OrganizationId organizationId, Collection<String> externalIds) {
    Map<String, CustomerId> found = new HashMap<>();
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(externalIds));
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      db.select(X_ID, X_CUSTOMER)
          .from(EXTERNAL)
          .where(X_ORG.eq(organizationId.value()).and(X_ID.in(chunk)))
          .fetch()
          .forEach(r -> found.put(r.get(X_ID), CustomerId.of(r.get(X_CUSTOMER))));
    }
    return found;
  }

  @Override
  public Map<CustomerId, String> externalIdsOf(
      OrganizationId organizationId, Collection<CustomerId> customers) {
    Map<CustomerId, String> found = new HashMap<>();
    List<UUID> ids = customers.stream().map(CustomerId::value).distinct().toList();
    for (int from = 0; from < ids.size(); from += 500) {
      List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      db.select(X_ID, X_CUSTOMER)
          .from(EXTERNAL)
          .where(X_ORG.eq(organizationId.value()).and(X_CUSTOMER.in(chunk)))
          .fetch()
          .forEach(r -> found.put(CustomerId.of(r.get(X_CUSTOMER)), r.get(X_ID)));
    }
    return found;
  }

  @Override
  public void putExternalIds(OrganizationId organizationId, Map<CustomerId, String> externalIds) {
    List<Map.Entry<CustomerId, String>> wanted = new ArrayList<>(externalIds.entrySet());
    for (int from = 0; from < wanted.size(); from += 500) {
      List<Map.Entry<CustomerId, String>> chunk =
          wanted.subList(from, Math.min(wanted.size(), from + 500));
      Map<String, UUID> owners = new HashMap<>();
      for (Map.Entry<CustomerId, String> entry : chunk) {
        owners.put(entry.getValue(), entry.getKey().value());
      }
      for (Record held :
          db.select(X_ID, X_CUSTOMER)
              .from(EXTERNAL)
              .where(X_ORG.eq(organizationId.value()).and(X_ID.in(owners.keySet())))
              .fetch()) {
        UUID holder = held.get(X_CUSTOMER);
        if (!holder.equals(owners.get(held.get(X_ID)))) {
          throw new ConflictException(
              ConflictException.Reason.DUPLICATE,
              "external id " + held.get(X_ID) + " already belongs to customer " + holder,
              holder.toString());
        }
      }
      db.deleteFrom(EXTERNAL)
          .where(X_ORG.eq(organizationId.value()).and(X_CUSTOMER.in(owners.values())))
          .execute();
      var insert = db.insertInto(EXTERNAL, X_ORG, X_CUSTOMER, X_ID);
      for (Map.Entry<CustomerId, String> entry : chunk) {
        insert = insert.values(organizationId.value(), entry.getKey().value(), entry.getValue());
      }
      insert.execute();
    }
  }

  private static StoredImportJob job(Record r) {
    LocalDateTime until = r.get(J_CLAIMED_UNTIL);
    return new StoredImportJob(
        ImportJobId.of(r.get(J_ID)),
        OrganizationId.of(r.get(J_ORG)),
        ImportStatus.valueOf(r.get(J_STATUS)),
        r.get(J_OPTIONS),
        r.get(J_KIND),
        r.get(J_CHUNKS),
        r.get(J_ACTOR),
        r.get(J_HEADER),
        new ImportCounts(
            r.get(J_READ), r.get(J_CREATED), r.get(J_UPDATED), r.get(J_UNCHANGED), r.get(J_FAILED)),
        r.get(J_CLAIMED_BY),
        until == null ? null : Rows.instant(until),
        Boolean.TRUE.equals(r.get(J_CANCEL)),
        r.get(J_PROBLEM),
        Rows.instant(r.get(J_CREATED_AT)),
        Rows.instant(r.get(J_UPDATED_AT)));
  }
}
