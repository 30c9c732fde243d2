package dev.customers.core.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.customers.api.imports.RowFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rows of JSON Lines: one object per line, its keys the columns. The columns are the mapping's;
 * other keys are not imported. A line longer than the limit is skipped as it streams by and
 * reported, never held.
 */
final class JsonLinesRows implements SourceRows {
  private final Reader in;
  private final List<String> header;
  private final int maxCellLength;
  private final int maxLineChars;
  private final char[] buffer = new char[16 * 1024];
  private int position;
  private int limit;
  private long line;
  private final StringBuilder text = new StringBuilder();

  JsonLinesRows(InputStream bytes, List<String> columns, int maxCellLength) {
    this.in =
        new InputStreamReader(
            bytes,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(NOT_UTF8)));
    this.header = List.copyOf(columns);
    this.maxCellLength = maxCellLength;
    this.maxLineChars = Math.max(1 << 20, maxCellLength * 8);
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public @Nullable RawRow next() throws IOException {
    while (true) {
      Boolean fits = nextLine();
      if (fits == null) {
        return null;
      }
      if (!fits) {
        return RawRow.unreadable(
            line, List.of(), "is longer than the " + maxLineChars + " characters a line may hold");
      }
      String json = text.toString();
      if (json.isBlank()) {
        continue;
      }
      if (json.indexOf(NOT_UTF8) >= 0) {
        return RawRow.unreadable(line, List.of(), "holds bytes that are not valid UTF-8");
      }
      JsonNode node;
      try {
        node = ImportCodec.JSON.readTree(json);
      } catch (JsonProcessingException e) {
        return RawRow.unreadable(line, List.of(), "is not JSON: " + e.getOriginalMessage());
      }
      if (node == null || !node.isObject()) {
        return RawRow.unreadable(line, List.of(), "is not a JSON object");
      }
      List<String> cells = new ArrayList<>(header.size());
      List<RowFailure> failures = new ArrayList<>();
      for (String column : header) {
        JsonNode value = node.get(column);
        if (value == null || value.isNull()) {
          cells.add("");
        } else if (value.isValueNode()) {
          String cell = value.asText();
          if (cell.length() > maxCellLength) {
            failures.add(
                new RowFailure(
                    line,
                    column,
                    cell.substring(0, 40) + "...",
                    "is longer than the " + maxCellLength + " characters a cell may hold"));
            cell = "";
          }
          cells.add(cell);
        } else {
          failures.add(
              new RowFailure(
                  line, column, value.toString(), "is a list or an object, not a value"));
          cells.add("");
        }
      }
      return new RawRow(line, cells, failures);
    }
  }

  /** Reads the next line into {@code text}: true, false when it was too long, null at the end. */
  private @Nullable Boolean nextLine() throws IOException {
    text.setLength(0);
    boolean any = false;
    boolean fits = true;
    line++;
    while (true) {
      if (position == limit) {
        int read = in.read(buffer, 0, buffer.length);
        if (read < 0) {
          return any ? fits : null;
        }
        position = 0;
        limit = read;
        continue;
      }
      char c = buffer[position++];
      any = true;
      if (c == '\n') {
        return fits;
      }
      if (fits) {
        text.append(c);
        if (text.length() > maxLineChars) {
          fits = false;
          text.setLength(0);
          text.trimToSize();
        }
      }
    }
  }
}
