package dev.customers.api.export;

import static java.util.Objects.requireNonNull;

import dev.customers.api.roster.CustomerFilter;
import dev.customers.api.roster.StatusFilter;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What to export: which customers (by status and an optional filter, as a roster list takes them),
 * which columns, and in which format. Start with {@link #csv} or {@link #json}.
 *
 * @param status the customers by status
 * @param filter the customers that match, or null for all of the status
 * @param columns the columns in order, by name ({@link RosterColumn#columnName()} or {@code
 *     fields.<key>}); empty for every roster column, then every field the caller may see in display
 *     order, then the tags
 * @param format CSV or JSON
 */
public record ExportRequest(
    StatusFilter status,
    @Nullable CustomerFilter filter,
    List<String> columns,
    ExportFormat format) {
  /**
   * Checks the components and keeps its own copy of the list.
   *
   * @param status the customers by status
   * @param filter the filter, or null
   * @param columns the columns, or empty for all
   * @param format the format
   */
  public ExportRequest {
    requireNonNull(status, "status");
    columns = List.copyOf(requireNonNull(columns, "columns"));
    requireNonNull(format, "format");
  }

  /**
   * Every active customer, every column the caller may see, as CSV.
   *
   * @return the request
   */
  public static ExportRequest csv() {
    return new ExportRequest(StatusFilter.ACTIVE, null, List.of(), ExportFormat.CSV);
  }

  /**
   * Every active customer, every column the caller may see, as JSON.
   *
   * @return the request
   */
  public static ExportRequest json() {
    return new ExportRequest(StatusFilter.ACTIVE, null, List.of(), ExportFormat.JSON);
  }

  /**
   * This request for the customers of another status.
   *
   * @param value the status
   * @return this request for the customers of that status
   */
  public ExportRequest withStatus(StatusFilter value) {
    return new ExportRequest(value, filter, columns, format);
  }

  /**
   * This request for the customers that match a filter.
   *
   * @param value the filter, or null for all
   * @return this request for the customers that match
   */
  public ExportRequest withFilter(@Nullable CustomerFilter value) {
    return new ExportRequest(status, value, columns, format);
  }

  /**
   * This request with these columns, in this order.
   *
   * @param value the columns' names
   * @return this request with these columns
   */
  public ExportRequest withColumns(String... value) {
    return new ExportRequest(
        status, filter, Arrays.asList(requireNonNull(value, "columns")), format);
  }
}
