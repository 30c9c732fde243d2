package dev.customers.api.imports;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One reason a row failed; a row with several bad values has one for each.
 *
 * @param line the row's first line in the file (for records, the record's number from 1)
 * @param column the column at fault, or null when the row as a whole is (a repeat, a wrong number
 *     of values)
 * @param value the value at fault as read, or null
 * @param reason what is wrong, in words a person can act on
 */
public record RowFailure(
    long line, @Nullable String column, @Nullable String value, String reason) {
  /**
   * Checks the components.
   *
   * @param line the row's first line
   * @param column the column at fault, or null
   * @param value the value at fault, or null
   * @param reason what is wrong
   */
  public RowFailure {
    requireNonNull(reason, "reason");
  }
}
