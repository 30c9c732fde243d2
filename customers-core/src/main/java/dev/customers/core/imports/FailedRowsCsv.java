package dev.customers.core.imports;

import dev.customers.api.Caller;
import dev.customers.api.imports.RowFailure;
import dev.customers.api.spi.StoredFailedRow;
import dev.customers.api.spi.StoredImportJob;
import dev.customers.core.export.CsvCells;
import dev.customers.core.internal.Transactions;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a job's failed rows as CSV, page by page: the source's header with an {@code error}
 * column, and each row's cells as read with its reasons, each neutralised as an export's cells are.
 */
final class FailedRowsCsv {
  private static final int PAGE = 500;

  private FailedRowsCsv() {}

  static long write(
      Transactions transactions,
      Caller caller,
      StoredImportJob job,
      List<String> header,
      Writer out)
      throws IOException {
    CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
    List<String> first = new ArrayList<>();
    header.forEach(h -> first.add(CsvCells.neutralised(h)));
    first.add("error");
    printer.printRecord(first);
    long after = 0;
    long count = 0;
    while (true) {
      long from = after;
      List<StoredFailedRow> rows =
          transactions.read(
              caller,
              (org, session, permissions) ->
                  session.imports().failedRows(org.id(), job.id(), from, PAGE));
      for (StoredFailedRow stored : rows) {
        ImportCodec.FailedRow row = ImportCodec.failedRow(stored.line(), stored.row());
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
          cells.add(i < row.cells().size() ? CsvCells.neutralised(row.cells().get(i)) : "");
        }
        cells.add(CsvCells.neutralised(reasons(row.failures())));
        printer.printRecord(cells);
        count++;
        after = stored.line();
      }
      printer.flush();
      if (rows.size() < PAGE) {
        return count;
      }
    }
  }

  private static String reasons(List<RowFailure> failures) {
    StringBuilder text = new StringBuilder();
    for (RowFailure failure : failures) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append("line ").append(failure.line());
      if (failure.column() != null) {
        text.append(", ").append(failure.column());
      }
      if (failure.value() != null) {
        text.append(" '").append(failure.value()).append('\'');
      }
      text.append(": ").append(failure.reason());
    }
    return text.toString();
  }
}
