package dev.customers.core.imports;

import dev.customers.api.imports.RowFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a CSV file. The file is cut into records here, by counting quotes, so that a record
 * longer than the limit (a huge cell, or a quote never closed) is skipped as it streams by and
 * reported, never held; each record's cells are then parsed by Commons CSV. Bytes that are not
 * UTF-8 become {@link #NOT_UTF8}, which fails the row they are in.
 */
final class CsvRows implements SourceRows {
  private final Reader in;
  private final char[] buffer = new char[16 * 1024];
  private int position;
  private int limit;
  private final int maxRecordChars;
  private final int maxCellLength;
  private final StringBuilder text = new StringBuilder();
  private long line = 1;
  private final CSVFormat format;
  private final List<String> header;
  private final long headerLine;

  private CsvRows(InputStream bytes, @Nullable Character delimiter, int maxCellLength)
      throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith(String.valueOf(NOT_UTF8));
    this.in = new InputStreamReader(bytes, decoder);
    this.maxCellLength = maxCellLength;
    this.maxRecordChars = Math.max(1 << 20, maxCellLength * 8);
    fill();
    if (position < limit && buffer[position] == '\uFEFF') {
      position++;
    }
    Chunk first = nextRecord();
    while (first != null && first.text().isEmpty() && first.problem() == null) {
      first = nextRecord();
    }
    if (first == null) {
      throw new SourceException("the file is empty: it has no header row");
    }
    if (first.problem() != null) {
      throw new SourceException("the header row (line " + first.line() + ") " + first.problem());
    }
    char chosen = delimiter != null ? delimiter : detect(first.text());
    this.format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(chosen)
            .setIgnoreEmptyLines(false)
            .setTrim(false)
            .get();
    List<String> cells;
    try {
      cells = cells(first.text());
    } catch (IOException | UncheckedIOException e) {
      throw new SourceException("the header row is not valid CSV: " + message(e));
    }
    List<String> names = new ArrayList<>();
    for (String cell : cells) {
      String name = cell.strip();
      if (name.indexOf(NOT_UTF8) >= 0) {
        throw new SourceException("the header row holds bytes that are not UTF-8");
      }
      if (names.contains(name) && !name.isEmpty()) {
        throw new SourceException("the header names column '" + name + "' twice");
      }
      names.add(name);
    }
    this.header = List.copyOf(names);
    this.headerLine = first.line();
  }

  /** Opens the file and reads its header; a file without a readable header is refused. */
  static CsvRows open(InputStream bytes, @Nullable Character delimiter, int maxCellLength)
      throws IOException {
    return new CsvRows(bytes, delimiter, maxCellLength);
  }

  @Override
  public List<String> header() {
    return header;
  }

  long headerLine() {
    return headerLine;
  }

  @Override
  public @Nullable RawRow next() throws IOException {
    while (true) {
      Chunk record = nextRecord();
      if (record == null) {
        return null;
      }
      if (record.problem() != null) {
        return RawRow.unreadable(record.line(), List.of(), record.problem());
      }
      if (record.text().isEmpty()) {
        continue;
      }
      List<String> cells;
      try {
        cells = cells(record.text());
      } catch (IOException | UncheckedIOException e) {
        return RawRow.unreadable(record.line(), List.of(), "is not valid CSV: " + message(e));
      }
      if (cells.stream().allMatch(String::isBlank)) {
        // A row of empty cells (spreadsheets leave them at the end) holds nothing to import.
        continue;
      }
      if (cells.size() != header.size()) {
        return RawRow.unreadable(
            record.line(),
            cells.size() < header.size() ? cells : cells.subList(0, header.size()),
            "has " + cells.size() + " values where the header has " + header.size() + " columns");
      }
      List<RowFailure> failures = new ArrayList<>();
      for (int i = 0; i < cells.size(); i++) {
        String cell = cells.get(i);
        if (cell.length() > maxCellLength) {
          failures.add(
              new RowFailure(
                  record.line(),
                  header.get(i),
                  cell.substring(0, 40) + "...",
                  "is longer than the " + maxCellLength + " characters a cell may hold"));
          cells.set(i, "");
        }
      }
      return new RawRow(record.line(), cells, failures);
    }
  }

  private List<String> cells(String record) throws IOException {
    try (CSVParser parser = CSVParser.parse(record, format)) {
      List<String> cells = new ArrayList<>();
      for (CSVRecord parsed : parser) {
        if (!cells.isEmpty()) {
          throw new IOException("a line break outside quotes");
        }
        for (String value : parsed) {
          cells.add(value);
        }
        if (cells.isEmpty()) {
          cells.add("");
        }
      }
      return cells;
    }
  }

  private static String message(Exception e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String message = cause.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  /** One record's text (without its line break), its first line, and why it is unreadable. */
  private record Chunk(long line, String text, @Nullable String problem) {}

  /** The next record, or null at the end: quotes are counted so a quoted line break stays in. */
  private @Nullable Chunk nextRecord() throws IOException {
    text.setLength(0);
    long start = line;
    boolean quoted = false;
    boolean any = false;
    boolean tooLong = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!any) {
          return null;
        }
        if (quoted) {
          return new Chunk(
              start,
              "",
              "opens a quote that is never closed (the rest of the file, to line "
                  + line
                  + ", is this one row)");
        }
        break;
      }
      char c = buffer[position++];
      any = true;
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r') {
          if (position == limit) {
            fill();
          }
          if (position < limit && buffer[position] == '\n') {
            position++;
          }
        }
        line++;
        if (!quoted) {
          break;
        }
        c = '\n';
      }
      if (!tooLong) {
        text.append(c);
        if (text.length() > maxRecordChars) {
          tooLong = true;
          text.setLength(0);
          text.trimToSize();
        }
      }
    }
    if (tooLong) {
      return new Chunk(
          start, "", "is longer than the " + maxRecordChars + " characters a row may hold");
    }
    return new Chunk(start, text.toString(), null);
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer, 0, buffer.length);
    while (read == 0) {
      read = in.read(buffer, 0, buffer.length);
    }
    position = 0;
    limit = Math.max(read, 0);
    return read > 0;
  }

  /** The delimiter used most outside quotes in the header: comma, semicolon or tab. */
  static char detect(String headerText) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < headerText.length(); i++) {
      char c = headerText.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == ',') {
          commas++;
        } else if (c == ';') {
          semicolons++;
        } else if (c == '\t') {
          tabs++;
        }
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas ? '\t' : ',';
  }
}
