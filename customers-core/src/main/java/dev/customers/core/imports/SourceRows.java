package dev.customers.core.imports;

import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The rows of a source, read one at a time so that memory never grows with its size. */
interface SourceRows {
  /** The source's columns, read before the first row. */
  List<String> header();

  /** The next row, or null at the end. */
  @Nullable RawRow next() throws IOException;

  /**
   * Lenient UTF-8: a byte sequence that is not UTF-8 becomes this character, which fails its row.
   */
  char NOT_UTF8 = '\uFFFF';
}
