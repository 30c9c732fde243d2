package dev.customers.core.memory;

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
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Import jobs, sources, failed rows, mappings and external ids in memory. */
final class InMemoryImportStore implements ImportStore {
  private final ImportTables tables;
  private final Changes changes;

  InMemoryImportStore(ImportTables tables, Changes changes) {
    this.tables = tables;
    this.changes = changes;
  }

  private static <K, K2, V> NavigableMap<K2, V> sorted(Map<K, Map<K2, V>> map, K key) {
    return (NavigableMap<K2, V>) map.computeIfAbsent(key, k -> new TreeMap<>());
  }

  @Override
  public void insertJob(StoredImportJob job) {
    Map<String, StoredImportJob> jobs = sorted(tables.jobs, job.organizationId());
    if (jobs.containsKey(job.id().toString())) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "import job " + job.id() + " exists",
          job.id().toString());
    }
    changes.put(jobs, job.id().toString(), job);
  }

  @Override
  public void putSourceChunk(
      OrganizationId organizationId, ImportJobId job, int index, byte[] bytes) {
    if (bytes.length > CHUNK_BYTES) {
      throw new IllegalArgumentException("a chunk holds at most " + CHUNK_BYTES + " bytes");
    }
    changes.put(Maps.inner(tables.sources, job), index, Arrays.copyOf(bytes, bytes.length));
  }

  @Override
  public Optional<byte[]> sourceChunk(OrganizationId organizationId, ImportJobId job, int index) {
    byte[] bytes = Maps.peek(tables.sources, job).get(index);
    return bytes == null ? Optional.empty() : Optional.of(Arrays.copyOf(bytes, bytes.length));
  }

  @Override
  public void dropSource(OrganizationId organizationId, ImportJobId job) {
    Map<Integer, byte[]> chunks = tables.sources.get(job);
    if (chunks != null) {
      for (Integer index : List.copyOf(chunks.keySet())) {
        changes.remove(chunks, index);
      }
    }
  }

  @Override
  public Optional<StoredImportJob> job(OrganizationId organizationId, ImportJobId job) {
    return Optional.ofNullable(Maps.peek(tables.jobs, organizationId).get(job.toString()));
  }

  @Override
  public List<StoredImportJob> jobs(
      OrganizationId organizationId, @Nullable ImportJobId before, int limit) {
    NavigableMap<String, StoredImportJob> jobs =
        sorted(tables.jobs, organizationId).descendingMap();
    if (before != null) {
      jobs = jobs.tailMap(before.toString(), false);
    }
    return jobs.values().stream().limit(limit).toList();
  }

  @Override
  public Optional<StoredImportJob> claim(
      OrganizationId organizationId, ImportJobId job, String worker, Instant now, Instant until) {
    StoredImportJob stored = job(organizationId, job).orElse(null);
    if (stored == null) {
      return Optional.empty();
    }
    boolean lapsed =
        stored.status() == ImportStatus.RUNNING
            && (stored.claimedUntil() == null || stored.claimedUntil().isBefore(now));
    if (stored.status() != ImportStatus.QUEUED && !lapsed) {
      return Optional.empty();
    }
    return Optional.of(save(stored.claimed(worker, until, now)));
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
    return held(organizationId, job, worker)
        .map(
            stored ->
                save(
                    stored.progressed(
                        counts, header == null ? stored.header() : header, until, now)));
  }

  @Override
  public Optional<StoredImportJob> finish(
      OrganizationId organizationId,
      ImportJobId job,
      String worker,
      ImportStatus status,
      @Nullable String problem,
      Instant now) {
    return held(organizationId, job, worker)
        .map(stored -> save(stored.ended(status, problem, now)));
  }

  private Optional<StoredImportJob> held(
      OrganizationId organizationId, ImportJobId job, String worker) {
    return job(organizationId, job)
        .filter(s -> s.status() == ImportStatus.RUNNING && worker.equals(s.claimedBy()));
  }

  @Override
  public Optional<StoredImportJob> cancel(
      OrganizationId organizationId, ImportJobId job, Instant now) {
    StoredImportJob stored = job(organizationId, job).orElse(null);
    if (stored == null || stored.status().isFinal()) {
      return Optional.empty();
    }
    return Optional.of(
        save(
            stored.status() == ImportStatus.QUEUED
                ? stored.ended(ImportStatus.CANCELLED, null, now)
                : stored.cancelling(now)));
  }

  private StoredImportJob save(StoredImportJob job) {
    changes.put(sorted(tables.jobs, job.organizationId()), job.id().toString(), job);
    return job;
  }

  @Override
  public void addFailedRows(
      OrganizationId organizationId, ImportJobId job, List<StoredFailedRow> rows) {
    Map<Long, StoredFailedRow> failed = sorted(tables.failedRows, job);
    for (StoredFailedRow row : rows) {
      if (failed.containsKey(row.line())) {
        throw new ConflictException(
            ConflictException.Reason.DUPLICATE,
            "import job " + job + " already has a failed row at line " + row.line(),
            Long.toString(row.line()));
      }
      changes.put(failed, row.line(), row);
    }
  }

  @Override
  public List<StoredFailedRow> failedRows(
      OrganizationId organizationId, ImportJobId job, long afterLine, int limit) {
    Map<Long, StoredFailedRow> failed = tables.failedRows.get(job);
    if (failed == null || job(organizationId, job).isEmpty()) {
      return List.of();
    }
    return ((NavigableMap<Long, StoredFailedRow>) failed)
        .tailMap(afterLine, false).values().stream().limit(limit).toList();
  }

  @Override
  public void saveMapping(OrganizationId organizationId, String name, String mapping, Instant now) {
    changes.put(sorted(tables.mappings, organizationId), name, mapping);
  }

  @Override
  public Optional<String> mapping(OrganizationId organizationId, String name) {
    return Optional.ofNullable(Maps.peek(tables.mappings, organizationId).get(name));
  }

  @Override
  public List<String> mappingNames(OrganizationId organizationId) {
    return List.copyOf(Maps.peek(tables.mappings, organizationId).keySet());
  }

  @Override
  public Map<String, CustomerId> customersByExternalId(
      OrganizationId organizationId, Collection<String> externalIds) {
    Map<String, CustomerId> held = Maps.peek(tables.customers, organizationId);
    Map<String, CustomerId> found = new HashMap<>();
    for (String id : externalIds) {
      CustomerId customer = held.get(id);
      if (customer != null) {
        found.put(id, customer);
      }
    }
    return found;
  }

  @Override
  public Map<CustomerId, String> externalIdsOf(
      OrganizationId organizationId, Collection<CustomerId> customers) {
    Map<CustomerId, String> held = Maps.peek(tables.externalIds, organizationId);
    Map<CustomerId, String> found = new HashMap<>();
    for (CustomerId customer : customers) {
      String id = held.get(customer);
      if (id != null) {
        found.put(customer, id);
      }
    }
    return found;
  }

  @Override
  public void putExternalIds(OrganizationId organizationId, Map<CustomerId, String> externalIds) {
    Map<String, CustomerId> byId = Maps.inner(tables.customers, organizationId);
    Map<CustomerId, String> byCustomer = Maps.inner(tables.externalIds, organizationId);
    for (Map.Entry<CustomerId, String> wanted : externalIds.entrySet()) {
      CustomerId holder = byId.get(wanted.getValue());
      if (holder != null && !holder.equals(wanted.getKey())) {
        throw new ConflictException(
            ConflictException.Reason.DUPLICATE,
            "external id " + wanted.getValue() + " already belongs to customer " + holder,
            holder.toString());
      }
    }
    for (Map.Entry<CustomerId, String> wanted : externalIds.entrySet()) {
      String previous = byCustomer.get(wanted.getKey());
      if (previous != null) {
        changes.remove(byId, previous);
      }
      changes.put(byId, wanted.getValue(), wanted.getKey());
      changes.put(byCustomer, wanted.getKey(), wanted.getValue());
    }
  }
}
