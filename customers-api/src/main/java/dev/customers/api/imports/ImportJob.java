package dev.customers.api.imports;

import static java.util.Objects.requireNonNull;

import dev.customers.api.ImportJobId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An import job as stored: where it is, what it has done so far, and how it was asked to run.
 *
 * @param id the job's id
 * @param status where it is
 * @param counts the rows it has read and what it did with them, as of its last committed batch
 * @param options how it runs
 * @param sourceKind {@code csv}, {@code jsonLines} or {@code records}
 * @param createdAt when it was submitted
 * @param updatedAt when it last changed
 * @param cancelRequested whether a cancel waits for the running batch to end
 * @param problem why it failed, or null
 */
public record ImportJob(
    ImportJobId id,
    ImportStatus status,
    ImportCounts counts,
    ImportOptions options,
    String sourceKind,
    Instant createdAt,
    Instant updatedAt,
    boolean cancelRequested,
    @Nullable String problem) {
  /**
   * Checks the components.
   *
   * @param id the job's id
   * @param status where it is
   * @param counts the counts
   * @param options how it runs
   * @param sourceKind the source's kind
   * @param createdAt when it was submitted
   * @param updatedAt when it last changed
   * @param cancelRequested whether a cancel waits
   * @param problem why it failed, or null
   */
  public ImportJob {
    requireNonNull(id, "id");
    requireNonNull(status, "status");
    requireNonNull(counts, "counts");
    requireNonNull(options, "options");
    requireNonNull(sourceKind, "sourceKind");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
  }
}
