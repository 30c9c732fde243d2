package dev.customers.api.imports;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What an import did, or a dry run would do: the counts, and the failures in line order.
 *
 * @param counts the counts
 * @param failures the failures, at most {@link #MAX_LISTED} ({@code counts.failed()} says how many
 *     rows failed in all)
 */
public record ImportReport(ImportCounts counts, List<RowFailure> failures) {
  /** The most failures a report lists; a job keeps all of them ({@link ImportService#failures}). */
  public static final int MAX_LISTED = 10_000;

  /**
   * Checks the components and keeps a copy of the list.
   *
   * @param counts the counts
   * @param failures the failures
   */
  public ImportReport {
    requireNonNull(counts, "counts");
    failures = List.copyOf(requireNonNull(failures, "failures"));
  }
}
