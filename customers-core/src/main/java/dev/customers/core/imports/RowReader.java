package dev.customers.core.imports;

import dev.customers.api.FieldError;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.export.RosterColumn;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldType;
import dev.customers.api.imports.ImportTarget;
import dev.customers.api.imports.RowFailure;
import dev.customers.api.spi.StoredText;
import dev.customers.api.spi.TagStore;
import dev.customers.core.internal.FieldRules;
import dev.customers.core.internal.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads a raw row through the mapping into normalised values, naming every bad cell. */
final class RowReader {
  /** The longest external id. */
  static final int MAX_EXTERNAL_ID = 100;

  private final ResolvedMapping mapping;

  RowReader(ResolvedMapping mapping) {
    this.mapping = mapping;
  }

  ImportRow read(RawRow raw) {
    long line = raw.line();
    List<RowFailure> failures = new ArrayList<>(raw.failures());
    Map<RosterColumn, String> details = new EnumMap<>(RosterColumn.class);
    Map<FieldDefinition, List<String>> fields = new LinkedHashMap<>();
    Set<String> tags = new LinkedHashSet<>();
    Map<String, ConsentStatus> consents = new LinkedHashMap<>();
    String externalId = null;
    if (raw.cells().isEmpty() && !raw.failures().isEmpty()) {
      return new ImportRow(line, raw.cells(), details, null, fields, tags, consents, failures);
    }
    for (ResolvedMapping.Column column : mapping.columns()) {
      if (column.index() >= raw.cells().size()) {
        continue;
      }
      String value = clean(raw.cells().get(column.index()));
      if (value.isEmpty()) {
        continue;
      }
      if (value.indexOf(SourceRows.NOT_UTF8) >= 0) {
        failures.add(
            new RowFailure(
                line,
                column.name(),
                value.replace(SourceRows.NOT_UTF8, '?'),
                "holds bytes that are not valid UTF-8 (the file must be saved as UTF-8)"));
        continue;
      }
      ImportTarget target = column.target();
      if (target instanceof ImportTarget.Detail detail) {
        String read = detail(detail.column(), value, column, line, failures);
        if (read != null) {
          details.put(detail.column(), read);
        }
      } else if (target instanceof ImportTarget.Field) {
        FieldDefinition field = java.util.Objects.requireNonNull(column.field());
        List<String> values = field(field, value, column, line, failures);
        if (!values.isEmpty()) {
          fields.put(field, values);
        }
      } else if (target instanceof ImportTarget.Tags tagTarget) {
        tags(tagTarget.separator(), value, column, line, failures, tags);
      } else if (target instanceof ImportTarget.Consent consent) {
        ConsentStatus status = consent(value);
        if (status == null) {
          failures.add(
              new RowFailure(
                  line, column.name(), value, "is not yes or no (granted or revoked) consent"));
        } else {
          consents.put(consent.purpose(), status);
        }
      } else {
        List<FieldError> errors = new ArrayList<>();
        externalId = Texts.line(column.name(), value, 1, MAX_EXTERNAL_ID, errors);
        if (!errors.isEmpty()) {
          externalId = null;
          add(errors, line, failures);
        }
      }
    }
    return new ImportRow(line, raw.cells(), details, externalId, fields, tags, consents, failures);
  }

  /**
   * A cell trimmed, with the {@code '} that an export (or a spreadsheet) puts before a cell it
   * would otherwise run as a formula taken off again.
   */
  static String clean(String cell) {
    String value = cell.strip();
    if (value.length() > 1 && value.charAt(0) == '\'') {
      char next = value.charAt(1);
      if (next == '='
          || next == '+'
          || next == '-'
          || next == '@'
          || next == '\''
          || next == '\t'
          || next == '\r') {
        return value.substring(1);
      }
    }
    return value;
  }

  private @Nullable String detail(
      RosterColumn detail,
      String value,
      ResolvedMapping.Column column,
      long line,
      List<RowFailure> failures) {
    return switch (detail) {
      case EMAIL -> value.toLowerCase(Locale.ROOT);
      case BIRTHDAY -> {
        LocalDate date = date(value);
        if (date == null) {
          failures.add(
              new RowFailure(
                  line, column.name(), value, "is not a date written " + mapping.datePatterns()));
          yield null;
        }
        yield date.toString();
      }
      default -> value;
    };
  }

  private List<String> field(
      FieldDefinition field,
      String value,
      ResolvedMapping.Column column,
      long line,
      List<RowFailure> failures) {
    List<String> raw;
    if (field.type() == FieldType.MULTIPLE_CHOICE) {
      raw = List.of(value.split(";", -1));
    } else if (field.type() == FieldType.DATE) {
      LocalDate date = date(value);
      if (date == null) {
        failures.add(
            new RowFailure(
                line, column.name(), value, "is not a date written " + mapping.datePatterns()));
        return List.of();
      }
      raw = List.of(date.toString());
    } else {
      raw = List.of(value);
    }
    List<FieldError> errors = new ArrayList<>();
    List<String> canonical = FieldRules.canonical(field, column.name(), raw, errors);
    add(errors, line, failures);
    return errors.isEmpty() ? canonical : List.of();
  }

  private static void tags(
      String separator,
      String value,
      ResolvedMapping.Column column,
      long line,
      List<RowFailure> failures,
      Set<String> tags) {
    Set<String> keys = new LinkedHashSet<>();
    for (String part : value.split(java.util.regex.Pattern.quote(separator), -1)) {
      String name = part.strip();
      if (name.isEmpty()) {
        continue;
      }
      List<FieldError> errors = new ArrayList<>();
      Texts.line(column.name(), name, 1, StoredText.TAG_NAME, errors);
      if (!errors.isEmpty()) {
        add(errors, line, failures);
      } else if (keys.add(TagStore.nameKey(name))) {
        tags.add(name);
      }
    }
  }

  private static @Nullable ConsentStatus consent(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "yes", "y", "true", "1", "granted", "ja", "oui", "si", "sí" -> ConsentStatus.GRANTED;
      case "no", "n", "false", "0", "revoked", "withdrawn", "nein", "non" -> ConsentStatus.REVOKED;
      default -> null;
    };
  }

  private @Nullable LocalDate date(String value) {
    for (DateTimeFormatter formatter : mapping.dates()) {
      try {
        LocalDate date = LocalDate.parse(value, formatter);
        if (date.getYear() >= 1000 && date.getYear() <= 9999) {
          return date;
        }
      } catch (DateTimeParseException e) {
        // The next pattern may read it; a value no pattern reads is reported by the caller.
      }
    }
    return null;
  }

  private static void add(List<FieldError> errors, long line, List<RowFailure> failures) {
    for (FieldError error : errors) {
      failures.add(new RowFailure(line, error.field(), error.value(), error.problem()));
    }
  }
}
