package dev.customers.api.imports;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;

/**
 * Which columns go where, and how dates are written. Columns not named are not imported. Start with
 * {@link #of} or from {@link ImportService#suggestMapping}; the service checks it against the
 * organization's fields and purposes.
 *
 * @param columns the mapped columns, each column once
 * @param datePatterns the {@link java.time.format.DateTimeFormatter} patterns dates may be written
 *     in, tried in order (birthdays and date fields), such as {@code yyyy-MM-dd} or {@code
 *     dd.MM.yyyy}
 */
public record ImportMapping(List<ColumnMapping> columns, List<String> datePatterns) {
  /** The date pattern of a mapping that names none: ISO, {@code 2016-04-30}. */
  public static final String ISO_DATE = "yyyy-MM-dd";

  /**
   * Checks the components and keeps copies of the lists.
   *
   * @param columns the mapped columns
   * @param datePatterns the date patterns, at least one
   */
  public ImportMapping {
    columns = List.copyOf(requireNonNull(columns, "columns"));
    datePatterns = List.copyOf(requireNonNull(datePatterns, "datePatterns"));
  }

  /**
   * A mapping of these columns with ISO dates.
   *
   * @param columns the mapped columns
   * @return the mapping
   */
  public static ImportMapping of(ColumnMapping... columns) {
    return new ImportMapping(Arrays.asList(requireNonNull(columns, "columns")), List.of(ISO_DATE));
  }

  /**
   * This mapping with another column added.
   *
   * @param column the column's name
   * @param target where its values go
   * @return the mapping
   */
  public ImportMapping with(String column, ImportTarget target) {
    List<ColumnMapping> more = new java.util.ArrayList<>(columns);
    more.add(new ColumnMapping(column, target));
    return new ImportMapping(more, datePatterns);
  }

  /**
   * This mapping with dates read in these patterns, tried in order.
   *
   * @param patterns the patterns
   * @return the mapping
   */
  public ImportMapping withDatePatterns(String... patterns) {
    return new ImportMapping(columns, Arrays.asList(requireNonNull(patterns, "patterns")));
  }
}
