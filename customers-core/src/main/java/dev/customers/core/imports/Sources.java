package dev.customers.core.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.customers.api.imports.ColumnMapping;
import dev.customers.api.imports.ImportMapping;
import dev.customers.api.imports.ImportSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Opens the rows of a source by its kind, and turns records from code into JSON Lines. */
final class Sources {
  static final String CSV = "csv";
  static final String JSON_LINES = "jsonLines";
  static final String RECORDS = "records";

  private Sources() {}

  static String kind(ImportSource source) {
    if (source instanceof ImportSource.Csv) {
      return CSV;
    }
    return source instanceof ImportSource.JsonLines ? JSON_LINES : RECORDS;
  }

  /** The delimiter a CSV source was given, as stored with its job ({@code csv;}), or null. */
  static String storedKind(ImportSource source) {
    if (source instanceof ImportSource.Csv csv && csv.delimiter() != null) {
      return CSV + ":" + (int) csv.delimiter().charValue();
    }
    return kind(source);
  }

  /** The bytes of the source: the stream itself, or the records written as JSON Lines. */
  static InputStream bytes(ImportSource source) {
    if (source instanceof ImportSource.Csv csv) {
      return csv.in();
    }
    if (source instanceof ImportSource.JsonLines lines) {
      return lines.in();
    }
    ImportSource.Records records = (ImportSource.Records) source;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int index = 0;
    for (Map<String, @Nullable String> record : records.records()) {
      ObjectNode node = ImportCodec.JSON.createObjectNode();
      for (Map.Entry<String, @Nullable String> cell : record.entrySet()) {
        if (cell.getKey() == null) {
          throw dev.customers.api.ValidationException.of(
              "records[" + index + "]", null, "has a column without a name (a null key)");
        }
        node.put(cell.getKey(), cell.getValue());
      }
      index++;
      out.writeBytes(node.toString().getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    }
    return new java.io.ByteArrayInputStream(out.toByteArray());
  }

  /** The rows of stored bytes of a kind; a CSV source's header is read, and may be refused. */
  static SourceRows open(String storedKind, InputStream in, ImportMapping mapping, int maxCell)
      throws IOException {
    if (storedKind.startsWith(CSV)) {
      Character delimiter =
          storedKind.length() > CSV.length()
              ? (char) Integer.parseInt(storedKind.substring(CSV.length() + 1))
              : null;
      return CsvRows.open(in, delimiter, maxCell);
    }
    List<String> columns = mapping.columns().stream().map(ColumnMapping::column).toList();
    return new JsonLinesRows(in, columns, maxCell);
  }

  static String publicKind(String storedKind) {
    return storedKind.startsWith(CSV) ? CSV : storedKind;
  }
}
