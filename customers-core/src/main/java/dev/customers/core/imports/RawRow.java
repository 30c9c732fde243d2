package dev.customers.core.imports;

import dev.customers.api.imports.RowFailure;
import java.util.List;

/**
 * One row as read from a source: its first line, its cells in header order, and what made it
 * unreadable, if anything (then the cells are what could be read, maybe none).
 */
record RawRow(long line, List<String> cells, List<RowFailure> failures) {
  RawRow {
    cells = List.copyOf(cells);
    failures = List.copyOf(failures);
  }

  static RawRow read(long line, List<String> cells) {
    return new RawRow(line, cells, List.of());
  }

  static RawRow unreadable(long line, List<String> cells, String reason) {
    return new RawRow(line, cells, List.of(new RowFailure(line, null, null, reason)));
  }
}
