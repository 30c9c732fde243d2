package dev.customers.api.spi;

import dev.customers.api.CustomerId;
import dev.customers.api.ImportJobId;
import dev.customers.api.OrganizationId;
import dev.customers.api.imports.ImportCounts;
import dev.customers.api.imports.ImportStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Import jobs with their stored sources and failed rows, saved mappings, and the external ids that
 * imports match customers by. A claim is a conditional write: of two instances that claim one job
 * at once, exactly one gets it.
 */
public interface ImportStore {
  /** The largest source chunk a store must take, in bytes. */
  int CHUNK_BYTES = 1 << 20;

  /**
   * Stores a new job.
   *
   * @param job the job
   */
  void insertJob(StoredImportJob job);

  /**
   * Stores one chunk of a job's source, numbered from 0.
   *
   * @param organizationId the organization
   * @param job the job
   * @param index the chunk's number
   * @param bytes at most {@link #CHUNK_BYTES} bytes
   */
  void putSourceChunk(OrganizationId organizationId, ImportJobId job, int index, byte[] bytes);

  /**
   * One chunk of a job's source.
   *
   * @param organizationId the organization
   * @param job the job
   * @param index the chunk's number
   * @return the bytes, or empty when there is no such chunk
   */
  Optional<byte[]> sourceChunk(OrganizationId organizationId, ImportJobId job, int index);

  /**
   * Removes the chunks stored for a job's source (a source refused while it was stored).
   *
   * @param organizationId the organization
   * @param job the job
   */
  void dropSource(OrganizationId organizationId, ImportJobId job);

  /**
   * A job.
   *
   * @param organizationId the organization
   * @param job the job
   * @return the job, or empty
   */
  Optional<StoredImportJob> job(OrganizationId organizationId, ImportJobId job);

  /**
   * The organization's jobs, newest first.
   *
   * @param organizationId the organization
   * @param before only jobs older than this one, or null for the newest
   * @param limit the most to return
   * @return the jobs
   */
  List<StoredImportJob> jobs(
      OrganizationId organizationId, @Nullable ImportJobId before, int limit);

  /**
   * Claims a job for an instance when it is queued, or running with a claim that lapsed before
   * {@code now}: the job becomes running, claimed by {@code worker} until {@code until}.
   *
   * @param organizationId the organization
   * @param job the job
   * @param worker the claiming instance
   * @param now the time
   * @param until until when the claim holds
   * @return the claimed job, or empty when it cannot be claimed
   */
  Optional<StoredImportJob> claim(
      OrganizationId organizationId, ImportJobId job, String worker, Instant now, Instant until);

  /**
   * Records a committed batch's counts and header, and renews the claim, if {@code worker} still
   * holds the job; called in the batch's transaction, so the counts commit with the rows.
   *
   * @param organizationId the organization
   * @param job the job
   * @param worker the instance that claimed it
   * @param counts the counts after the batch
   * @param header the header as JSON text, or null
   * @param until the renewed claim
   * @param now the time
   * @return the job after the change, or empty when the worker no longer holds it
   */
  Optional<StoredImportJob> progress(
      OrganizationId organizationId,
      ImportJobId job,
      String worker,
      ImportCounts counts,
      @Nullable String header,
      Instant until,
      Instant now);

  /**
   * Ends a job the worker holds with a final status, and drops the claim.
   *
   * @param organizationId the organization
   * @param job the job
   * @param worker the instance that claimed it
   * @param status a final status
   * @param problem why it failed, or null
   * @param now the time
   * @return the ended job, or empty when the worker no longer holds it
   */
  Optional<StoredImportJob> finish(
      OrganizationId organizationId,
      ImportJobId job,
      String worker,
      ImportStatus status,
      @Nullable String problem,
      Instant now);

  /**
   * Cancels a queued job at once, or marks a running one for cancelling after its batch.
   *
   * @param organizationId the organization
   * @param job the job
   * @param now the time
   * @return the job after the change, or empty when it has ended (or does not exist)
   */
  Optional<StoredImportJob> cancel(OrganizationId organizationId, ImportJobId job, Instant now);

  /**
   * Adds failed rows to a job.
   *
   * @param organizationId the organization
   * @param job the job
   * @param rows the rows, each line at most once per job
   */
  void addFailedRows(OrganizationId organizationId, ImportJobId job, List<StoredFailedRow> rows);

  /**
   * A job's failed rows after a line, in line order.
   *
   * @param organizationId the organization
   * @param job the job
   * @param afterLine only rows whose line is greater
   * @param limit the most to return
   * @return the rows
   */
  List<StoredFailedRow> failedRows(
      OrganizationId organizationId, ImportJobId job, long afterLine, int limit);

  /**
   * Saves a mapping under a name, replacing one of that name.
   *
   * @param organizationId the organization
   * @param name the name
   * @param mapping the mapping as JSON text
   * @param now the time
   */
  void saveMapping(OrganizationId organizationId, String name, String mapping, Instant now);

  /**
   * The mapping saved under a name.
   *
   * @param organizationId the organization
   * @param name the name
   * @return the mapping as JSON text, or empty
   */
  Optional<String> mapping(OrganizationId organizationId, String name);

  /**
   * The names of the saved mappings, in order.
   *
   * @param organizationId the organization
   * @return the names
   */
  List<String> mappingNames(OrganizationId organizationId);

  /**
   * The customers that hold these external ids.
   *
   * @param organizationId the organization
   * @param externalIds the external ids
   * @return the customer of each external id held
   */
  Map<String, CustomerId> customersByExternalId(
      OrganizationId organizationId, Collection<String> externalIds);

  /**
   * The external ids of these customers.
   *
   * @param organizationId the organization
   * @param customers the customers
   * @return the external id of each customer that has one
   */
  Map<CustomerId, String> externalIdsOf(
      OrganizationId organizationId, Collection<CustomerId> customers);

  /**
   * Gives customers external ids, each replacing the one its customer had; all or none.
   *
   * @param organizationId the organization
   * @param externalIds each customer's new external id, no two the same
   * @throws dev.customers.api.ConflictException DUPLICATE when another customer holds one
   */
  void putExternalIds(OrganizationId organizationId, Map<CustomerId, String> externalIds);
}
