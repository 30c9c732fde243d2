package dev.customers.api.imports;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Limits and timing of imports: the longest cell and source accepted, and how long a running job's
 * claim holds without a committed batch before another instance may take the job over.
 *
 * @param maxCellLength the longest cell in characters; a longer one fails its row
 * @param maxSourceBytes the largest source in bytes; a larger one is refused when submitted
 * @param claimTimeout how long a claim holds without a committed batch
 */
public record ImportSettings(int maxCellLength, long maxSourceBytes, Duration claimTimeout) {
  /** Cells up to 10,000 characters, sources up to 1 GiB, and a claim of 2 minutes. */
  public static final ImportSettings DEFAULTS =
      new ImportSettings(10_000, 1L << 30, Duration.ofMinutes(2));

  /**
   * Checks the components.
   *
   * @param maxCellLength the longest cell, at least 100
   * @param maxSourceBytes the largest source, at least 1 KiB
   * @param claimTimeout how long a claim holds, positive
   */
  public ImportSettings {
    requireNonNull(claimTimeout, "claimTimeout");
    if (maxCellLength < 100) {
      throw new IllegalArgumentException("maxCellLength must be at least 100: " + maxCellLength);
    }
    if (maxSourceBytes < 1024) {
      throw new IllegalArgumentException("maxSourceBytes must be at least 1024: " + maxSourceBytes);
    }
    if (claimTimeout.isNegative() || claimTimeout.isZero()) {
      throw new IllegalArgumentException("claimTimeout must be positive: " + claimTimeout);
    }
  }

  /**
   * These settings with another claim timeout.
   *
   * @param value how long a claim holds without a committed batch
   * @return the settings
   */
  public ImportSettings withClaimTimeout(Duration value) {
    return new ImportSettings(maxCellLength, maxSourceBytes, value);
  }
}
