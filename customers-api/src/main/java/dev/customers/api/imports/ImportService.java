package dev.customers.api.imports;

import dev.customers.api.Caller;
import dev.customers.api.ImportJobId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Imports a roster: suggests and saves mappings, checks a source without writing (a dry run), and
 * runs imports as stored jobs in batches of one transaction each, which any instance can resume
 * after a crash and which never run twice at once. The SDK starts no thread: a job runs on the
 * thread that calls {@link #run} or on the executor given to {@link #start}. Only admins import.
 */
public interface ImportService {
  /**
   * A mapping for these headers from their names: common exports of booking tools and the obvious
   * names in several languages, the organization's fields by key or label and its consent purposes
   * by key. Headers it cannot place are left out.
   *
   * @param caller an admin
   * @param headers the source's column names
   * @return the suggested mapping, with ISO dates
   */
  ImportMapping suggestMapping(Caller caller, List<String> headers);

  /**
   * Saves a mapping under a name for later imports, replacing one of the same name.
   *
   * @param caller an admin
   * @param name the name, 1 to 100 characters on one line
   * @param mapping the mapping, checked against the organization's fields and purposes
   */
  void saveMapping(Caller caller, String name, ImportMapping mapping);

  /**
   * The mapping saved under a name.
   *
   * @param caller an admin
   * @param name the name
   * @return the mapping, or empty when none is saved under it
   */
  Optional<ImportMapping> savedMapping(Caller caller, String name);

  /**
   * The names of the saved mappings, in order.
   *
   * @param caller an admin
   * @return the names
   */
  List<String> savedMappings(Caller caller);

  /**
   * Reads and checks the whole source as an import would, against the roster as it is now, and
   * writes nothing: the report is the one a real run would give.
   *
   * @param caller an admin
   * @param source the source (a stream is read to its end)
   * @param options how to import
   * @return what an import would do
   * @throws IOException if the source cannot be read
   */
  ImportReport dryRun(Caller caller, ImportSource source, ImportOptions options) throws IOException;

  /**
   * Stores the source and a queued job to import it; nothing is imported until the job runs.
   *
   * @param caller an admin, who the job's changes are recorded as made by
   * @param source the source (a stream is read to its end)
   * @param options how to import
   * @return the queued job
   * @throws IOException if the source cannot be read
   */
  ImportJob submit(Caller caller, ImportSource source, ImportOptions options) throws IOException;

  /**
   * Runs a job on the calling thread until it ends: a queued job, or a running one whose claim has
   * lapsed (its instance stopped), which resumes after its last committed batch.
   *
   * @param caller an admin
   * @param id the job
   * @param listener told of progress after each batch
   * @return the job as it ended
   * @throws dev.customers.api.InvalidStateException if another instance holds the job or it has
   *     ended
   */
  ImportJob run(Caller caller, ImportJobId id, ImportListener listener);

  /**
   * Runs a job on the executor: {@link #run} as one task. The job's end is seen through the
   * listener or by polling {@link #job}; a task that fails (the storage down) is logged, and the
   * job, still running in the store, resumes when run again once its claim lapses.
   *
   * @param caller an admin
   * @param id the job
   * @param executor where it runs
   * @param listener told of progress after each batch
   */
  void start(Caller caller, ImportJobId id, Executor executor, ImportListener listener);

  /**
   * A job as it now stands.
   *
   * @param caller an admin
   * @param id the job
   * @return the job
   */
  ImportJob job(Caller caller, ImportJobId id);

  /**
   * The organization's jobs, newest first.
   *
   * @param caller an admin
   * @param page where to start and how many
   * @return the jobs
   */
  Page<ImportJob> jobs(Caller caller, PageRequest page);

  /**
   * Cancels a job: a queued one at once, a running one after its running batch, which commits.
   *
   * @param caller an admin
   * @param id the job
   * @return the job
   * @throws dev.customers.api.InvalidStateException if the job has ended
   */
  ImportJob cancel(Caller caller, ImportJobId id);

  /**
   * A job's failures so far, in line order.
   *
   * @param caller an admin
   * @param id the job
   * @param page where to start and how many
   * @return the failures
   */
  Page<RowFailure> failures(Caller caller, ImportJobId id, PageRequest page);

  /**
   * Writes the rows that failed as CSV: the source's header with an {@code error} column, then each
   * failed row as read with its reasons, ready to fix and import again. Cells a spreadsheet would
   * run as a formula are written with a leading {@code '}, which an import takes off again.
   *
   * @param caller an admin
   * @param id the job
   * @param out where to write; not closed
   * @return the rows written
   * @throws IOException if writing fails
   */
  long writeFailedRows(Caller caller, ImportJobId id, Writer out) throws IOException;
}
