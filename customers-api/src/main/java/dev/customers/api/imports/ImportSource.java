package dev.customers.api.imports;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an import reads: a CSV file, JSON Lines, or records built in code. A stream is read to its
 * end when the job is submitted (and stored with the job, so that any instance can resume it); the
 * caller closes it.
 */
public sealed interface ImportSource
    permits ImportSource.Csv, ImportSource.JsonLines, ImportSource.Records {

  /**
   * A CSV file in UTF-8 (with or without a BOM) with a header row; the delimiter (comma, semicolon
   * or tab) is found from the header.
   *
   * @param in the file's bytes
   * @return the source
   */
  static Csv csv(InputStream in) {
    return new Csv(in, null);
  }

  /**
   * A CSV file in UTF-8 with a header row and this delimiter.
   *
   * @param in the file's bytes
   * @param delimiter comma, semicolon or tab
   * @return the source
   */
  static Csv csv(InputStream in, char delimiter) {
    return new Csv(in, delimiter);
  }

  /**
   * JSON Lines in UTF-8: one JSON object per line, its keys the columns and its values strings,
   * numbers, booleans or null.
   *
   * @param in the lines' bytes
   * @return the source
   */
  static JsonLines jsonLines(InputStream in) {
    return new JsonLines(in);
  }

  /**
   * Records built in code: each a map from column to value (null: empty).
   *
   * @param records the records, in order
   * @return the source
   */
  static Records records(List<Map<String, @Nullable String>> records) {
    return new Records(records);
  }

  /**
   * A CSV file.
   *
   * @param in the bytes
   * @param delimiter the delimiter, or null to find it from the header
   */
  record Csv(InputStream in, @Nullable Character delimiter) implements ImportSource {
    /**
     * Checks the components.
     *
     * @param in the bytes
     * @param delimiter the delimiter, or null
     */
    public Csv {
      requireNonNull(in, "in");
      if (delimiter != null && delimiter != ',' && delimiter != ';' && delimiter != '\t') {
        throw new IllegalArgumentException(
            "the delimiter must be a comma, a semicolon or a tab, not '" + delimiter + "'");
      }
    }
  }

  /**
   * JSON Lines.
   *
   * @param in the bytes
   */
  record JsonLines(InputStream in) implements ImportSource {
    /**
     * Checks the component.
     *
     * @param in the bytes
     */
    public JsonLines {
      requireNonNull(in, "in");
    }
  }

  /**
   * Records from code.
   *
   * @param records the records
   */
  record Records(List<Map<String, @Nullable String>> records) implements ImportSource {
    /**
     * Checks the component and keeps a copy of the list.
     *
     * @param records the records
     */
    public Records {
      requireNonNull(records, "records");
      for (int i = 0; i < records.size(); i++) {
        requireNonNull(records.get(i), "records[" + i + "]");
      }
      records = List.copyOf(records);
    }
  }
}
