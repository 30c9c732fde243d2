package dev.customers.core.imports;

import dev.customers.api.imports.RowFailure;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A source's rows read through the mapping in batches, each row marked when it repeats an earlier
 * one: the same for a run, a resumed run and a dry run.
 */
final class RowBatches {
  private final SourceRows rows;
  private final ResolvedMapping mapping;
  private final RowReader reader;
  private final Repeats repeats;

  RowBatches(SourceRows rows, ResolvedMapping mapping, boolean byEmail) {
    this.rows = rows;
    this.mapping = mapping;
    this.reader = new RowReader(mapping);
    this.repeats = new Repeats(byEmail);
  }

  /** Reads past {@code count} rows, noting their emails and ids as a run would have. */
  void skip(long count) throws IOException {
    for (long done = 0; done < count; done++) {
      RawRow raw = rows.next();
      if (raw == null) {
        return;
      }
      repeats.check(reader.read(raw), mapping);
    }
  }

  /** The next rows, at most {@code size}; empty at the end. */
  List<ImportRow> next(int size) throws IOException {
    List<ImportRow> batch = new ArrayList<>(Math.min(size, 1024));
    while (batch.size() < size) {
      RawRow raw = rows.next();
      if (raw == null) {
        break;
      }
      ImportRow row = reader.read(raw);
      RowFailure repeat = repeats.check(row, mapping);
      batch.add(repeat == null ? row : row.failing(repeat));
    }
    return batch;
  }
}
