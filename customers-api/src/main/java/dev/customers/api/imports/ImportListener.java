package dev.customers.api.imports;

/** Told of a running job's progress after each committed batch and when it ends. */
@FunctionalInterface
public interface ImportListener {
  /** A listener that does nothing. */
  ImportListener NONE = job -> {};

  /**
   * Called on the thread that runs the job, after each batch commits and once when it ends.
   *
   * @param job the job as it now stands
   */
  void progress(ImportJob job);
}
