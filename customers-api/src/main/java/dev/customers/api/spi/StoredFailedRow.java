package dev.customers.api.spi;

import static java.util.Objects.requireNonNull;

/**
 * One failed row of an import job: its line and, as JSON text the core writes and reads, its cells
 * and reasons.
 *
 * @param line the row's first line
 * @param row the cells and reasons as JSON text
 */
public record StoredFailedRow(long line, String row) {
  /**
   * Checks the component.
   *
   * @param line the row's first line
   * @param row the cells and reasons as JSON text
   */
  public StoredFailedRow {
    requireNonNull(row, "row");
  }
}
