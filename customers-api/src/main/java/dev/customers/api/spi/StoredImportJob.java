package dev.customers.api.spi;

import static java.util.Objects.requireNonNull;

import dev.customers.api.ImportJobId;
import dev.customers.api.OrganizationId;
import dev.customers.api.imports.ImportCounts;
import dev.customers.api.imports.ImportStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An import job as a store keeps it. The options, the actor and the header are text the core writes
 * and reads; the store looks only at the status and the claim.
 *
 * @param id the job's id (time-ordered: newer jobs have greater ids)
 * @param organizationId the organization
 * @param status where it is
 * @param options the options as JSON text
 * @param sourceKind csv, jsonLines or records
 * @param sourceChunks how many chunks the stored source has
 * @param actor who submitted it, as the core encodes an actor
 * @param header the source's columns as JSON text, once the first batch has read them
 * @param counts what it has done, as of its last committed batch
 * @param claimedBy the instance running it, or null
 * @param claimedUntil until when that claim holds without another committed batch, or null
 * @param cancelRequested whether a cancel waits for the running batch
 * @param problem why it failed, or null
 * @param createdAt when it was submitted
 * @param updatedAt when it last changed
 */
public record StoredImportJob(
    ImportJobId id,
    OrganizationId organizationId,
    ImportStatus status,
    String options,
    String sourceKind,
    int sourceChunks,
    String actor,
    @Nullable String header,
    ImportCounts counts,
    @Nullable String claimedBy,
    @Nullable Instant claimedUntil,
    boolean cancelRequested,
    @Nullable String problem,
    Instant createdAt,
    Instant updatedAt) {
  /**
   * Checks the components.
   *
   * @param id the job's id
   * @param organizationId the organization
   * @param status where it is
   * @param options the options as JSON text
   * @param sourceKind the source's kind
   * @param sourceChunks the stored source's chunks
   * @param actor who submitted it
   * @param header the columns as JSON text, or null
   * @param counts the counts
   * @param claimedBy the claiming instance, or null
   * @param claimedUntil until when the claim holds, or null
   * @param cancelRequested whether a cancel waits
   * @param problem why it failed, or null
   * @param createdAt when it was submitted
   * @param updatedAt when it last changed
   */
  public StoredImportJob {
    requireNonNull(id, "id");
    requireNonNull(organizationId, "organizationId");
    requireNonNull(status, "status");
    requireNonNull(options, "options");
    requireNonNull(sourceKind, "sourceKind");
    requireNonNull(actor, "actor");
    requireNonNull(counts, "counts");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
  }

  /**
   * This job after a committed batch.
   *
   * @param value the counts so far
   * @param columns the header, or null
   * @param until the renewed claim
   * @param now the time
   * @return the job
   */
  public StoredImportJob progressed(
      ImportCounts value, @Nullable String columns, Instant until, Instant now) {
    return new StoredImportJob(
        id,
        organizationId,
        status,
        options,
        sourceKind,
        sourceChunks,
        actor,
        columns,
        value,
        claimedBy,
        until,
        cancelRequested,
        problem,
        createdAt,
        now);
  }

  /**
   * This job running, claimed by a worker until a time.
   *
   * @param worker the claiming instance
   * @param until until when the claim holds
   * @param now the time
   * @return the job
   */
  public StoredImportJob claimed(String worker, Instant until, Instant now) {
    return new StoredImportJob(
        id,
        organizationId,
        ImportStatus.RUNNING,
        options,
        sourceKind,
        sourceChunks,
        actor,
        header,
        counts,
        worker,
        until,
        cancelRequested,
        null,
        createdAt,
        now);
  }

  /**
   * This job with a cancel waiting for its running batch.
   *
   * @param now the time
   * @return the job
   */
  public StoredImportJob cancelling(Instant now) {
    return new StoredImportJob(
        id,
        organizationId,
        status,
        options,
        sourceKind,
        sourceChunks,
        actor,
        header,
        counts,
        claimedBy,
        claimedUntil,
        true,
        problem,
        createdAt,
        now);
  }

  /**
   * This job ended with a final status, its claim dropped.
   *
   * @param value the final status
   * @param why why it failed, or null
   * @param now the time
   * @return the job
   */
  public StoredImportJob ended(ImportStatus value, @Nullable String why, Instant now) {
    return new StoredImportJob(
        id,
        organizationId,
        value,
        options,
        sourceKind,
        sourceChunks,
        actor,
        header,
        counts,
        null,
        null,
        cancelRequested,
        why,
        createdAt,
        now);
  }
}
