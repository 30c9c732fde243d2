package dev.customers.api.imports;

import static java.util.Objects.requireNonNull;

/**
 * One column of the source and where its values go.
 *
 * @param column the column's name in the header (CSV) or the record's key (records, JSON Lines)
 * @param target where its values go
 */
public record ColumnMapping(String column, ImportTarget target) {
  /**
   * Checks the components.
   *
   * @param column the column's name
   * @param target where its values go
   */
  public ColumnMapping {
    requireNonNull(column, "column");
    requireNonNull(target, "target");
  }
}
