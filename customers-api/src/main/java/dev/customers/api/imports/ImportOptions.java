package dev.customers.api.imports;

import static java.util.Objects.requireNonNull;

/**
 * How to import: the mapping, what to match rows by, what to do with matches, and how many rows
 * each transaction takes.
 *
 * @param mapping which columns go where
 * @param mode what to do with rows that match and rows that do not
 * @param matchBy what rows are matched by
 * @param batchSize rows per transaction, 1 to {@link #MAX_BATCH}
 */
public record ImportOptions(ImportMapping mapping, MatchMode mode, MatchBy matchBy, int batchSize) {
  /** The most rows one transaction takes. */
  public static final int MAX_BATCH = 5_000;

  /** The batch size of {@link #of}. */
  public static final int DEFAULT_BATCH = 500;

  /**
   * Checks the components.
   *
   * @param mapping which columns go where
   * @param mode what to do with rows that match and rows that do not
   * @param matchBy what rows are matched by
   * @param batchSize rows per transaction
   */
  public ImportOptions {
    requireNonNull(mapping, "mapping");
    requireNonNull(mode, "mode");
    requireNonNull(matchBy, "matchBy");
    if (batchSize < 1 || batchSize > MAX_BATCH) {
      throw new IllegalArgumentException(
          "batchSize must be 1 to " + MAX_BATCH + ", not " + batchSize);
    }
  }

  /**
   * Creates and updates, matching by email, {@value #DEFAULT_BATCH} rows per transaction.
   *
   * @param mapping which columns go where
   * @return the options
   */
  public static ImportOptions of(ImportMapping mapping) {
    return new ImportOptions(mapping, MatchMode.CREATE_OR_UPDATE, MatchBy.EMAIL, DEFAULT_BATCH);
  }

  /**
   * These options with another mode.
   *
   * @param value the mode
   * @return the options
   */
  public ImportOptions withMode(MatchMode value) {
    return new ImportOptions(mapping, value, matchBy, batchSize);
  }

  /**
   * These options matching by something else.
   *
   * @param value what rows are matched by
   * @return the options
   */
  public ImportOptions withMatchBy(MatchBy value) {
    return new ImportOptions(mapping, mode, value, batchSize);
  }

  /**
   * These options with another batch size.
   *
   * @param value rows per transaction
   * @return the options
   */
  public ImportOptions withBatchSize(int value) {
    return new ImportOptions(mapping, mode, matchBy, value);
  }
}
