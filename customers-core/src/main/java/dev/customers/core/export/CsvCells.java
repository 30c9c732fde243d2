package dev.customers.core.export;

/**
 * Neutralises a CSV cell a spreadsheet would run as a formula (OWASP's CSV injection advice): a
 * cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading {@code '}, which spreadsheets show as text and an import strips again. A cell that itself
 * starts with {@code '} gets one more, so stripping one leading {@code '} before any of these
 * characters or another {@code '} always gives back the stored text.
 */
public final class CsvCells {
  private CsvCells() {}

  public static String neutralised(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
            || first == '\''
        ? "'" + cell
        : cell;
  }
}
