package dev.customers.api.export;

/** How an export is written. */
public enum ExportFormat {
  /**
   * RFC 4180 CSV with a header row; several values in one cell (tags, a multiple-choice field) are
   * joined by {@code "; "}, and a cell a spreadsheet would run as a formula is neutralised with a
   * leading {@code '}.
   */
  CSV,
  /** A JSON array with one object per customer; several values are a JSON array. */
  JSON
}
