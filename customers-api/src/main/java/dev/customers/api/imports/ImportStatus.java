package dev.customers.api.imports;

/** Where an import job is in its life. */
public enum ImportStatus {
  /** Stored and waiting to run. */
  QUEUED,
  /** Running, or stopped by a crash and waiting to be resumed. */
  RUNNING,
  /** Every row imported. */
  COMPLETED,
  /** Every row read; some failed and are reported. */
  COMPLETED_WITH_ERRORS,
  /** Stopped by a problem with the whole source (no header, a mapping that no longer fits). */
  FAILED,
  /** Cancelled; the batches committed before stay. */
  CANCELLED;

  /**
   * Whether the job has ended and will not run again.
   *
   * @return true for COMPLETED, COMPLETED_WITH_ERRORS, FAILED and CANCELLED
   */
  public boolean isFinal() {
    return this != QUEUED && this != RUNNING;
  }
}
