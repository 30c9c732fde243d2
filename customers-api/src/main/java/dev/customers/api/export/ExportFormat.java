package dev.customers.api.export;

/** How an export is written. */
public enum ExportFormat {
  /**
   * RFC 4180 CSV with a header row; several values in one cell (tags, a multiple-choice field) are
   * joined by {@code "; "}, and a cell a spreadsheet would run as a formula (starting with {@code
   * =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is neutralised with a leading
   * {@code '}; a cell starting with {@code '} gets one more, so removing one leading {@code '}
   * before any of those gives back the stored text.
   */
  CSV,
  /** A JSON array with one object per customer; several values are a JSON array. */
  JSON
}
