package dev.customers.api.export;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What an export wrote.
 *
 * @param customers how many customers it wrote
 * @param columns the columns it wrote, in order
 */
public record ExportSummary(long customers, List<String> columns) {
  /**
   * Checks the components and keeps its own copy of the list.
   *
   * @param customers how many customers it wrote
   * @param columns the columns it wrote
   */
  public ExportSummary {
    columns = List.copyOf(requireNonNull(columns, "columns"));
  }
}
