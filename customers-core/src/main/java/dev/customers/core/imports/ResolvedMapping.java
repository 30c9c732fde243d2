package dev.customers.core.imports;

import dev.customers.api.FieldError;
import dev.customers.api.ValidationException;
import dev.customers.api.consent.ConsentPurpose;
import dev.customers.api.export.RosterColumn;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.imports.ColumnMapping;
import dev.customers.api.imports.ImportMapping;
import dev.customers.api.imports.ImportOptions;
import dev.customers.api.imports.ImportTarget;
import dev.customers.api.imports.MatchBy;
import dev.customers.api.imports.MatchMode;
import dev.customers.core.internal.Texts;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A mapping checked against the organization's fields and purposes, and then placed on a source's
 * header: each mapped column with its index and, for a field, its definition.
 */
final class ResolvedMapping {
  /** The longest column name and mapping name. */
  static final int MAX_NAME = 100;

  /** A mapped column: where it is in the header and where its values go. */
  record Column(int index, String name, ImportTarget target, @Nullable FieldDefinition field) {}

  private final List<Column> columns;
  private final List<DateTimeFormatter> dates;
  private final List<String> datePatterns;

  private ResolvedMapping(List<Column> columns, List<String> datePatterns) {
    this.columns = List.copyOf(columns);
    this.datePatterns = List.copyOf(datePatterns);
    this.dates = datePatterns.stream().map(ResolvedMapping::formatter).toList();
  }

  List<Column> columns() {
    return columns;
  }

  List<DateTimeFormatter> dates() {
    return dates;
  }

  String datePatterns() {
    return String.join(" or ", datePatterns);
  }

  @Nullable Column detail(RosterColumn detail) {
    for (Column column : columns) {
      if (column.target() instanceof ImportTarget.Detail d && d.column() == detail) {
        return column;
      }
    }
    return null;
  }

  @Nullable Column externalId() {
    for (Column column : columns) {
      if (column.target() instanceof ImportTarget.ExternalId) {
        return column;
      }
    }
    return null;
  }

  /**
   * Every problem with the options, each naming {@code mapping.columns[i]} or the option: unknown
   * or archived fields, unknown purposes, a column or target twice, a bad date pattern, and a
   * mapping that lacks what the mode and the match need.
   */
  static void check(
      ImportOptions options, List<FieldDefinition> fields, List<ConsentPurpose> purposes) {
    ImportMapping mapping = options.mapping();
    List<FieldError> errors = new ArrayList<>();
    Map<String, FieldDefinition> byKey =
        fields.stream().collect(Collectors.toMap(FieldDefinition::key, Function.identity()));
    Set<String> purposeKeys =
        purposes.stream().map(ConsentPurpose::key).collect(Collectors.toSet());
    Set<String> names = new HashSet<>();
    Set<Object> targets = new HashSet<>();
    boolean firstName = false;
    boolean email = false;
    boolean externalId = false;
    for (int i = 0; i < mapping.columns().size(); i++) {
      ColumnMapping column = mapping.columns().get(i);
      String at = "mapping.columns[" + i + "]";
      String name = Texts.line(at + ".column", column.column(), 1, MAX_NAME, errors);
      if (!name.isEmpty() && !names.add(name)) {
        errors.add(new FieldError(at + ".column", name, "is mapped twice"));
      }
      ImportTarget target = column.target();
      if (target instanceof ImportTarget.Field field) {
        FieldDefinition definition = byKey.get(field.key());
        if (definition == null) {
          errors.add(new FieldError(at + ".target", field.key(), "is not a field's key"));
        } else if (definition.archived()) {
          errors.add(new FieldError(at + ".target", field.key(), "is an archived field"));
        }
      } else if (target instanceof ImportTarget.Consent consent
          && !purposeKeys.contains(consent.purpose())) {
        errors.add(new FieldError(at + ".target", consent.purpose(), "is not a consent purpose"));
      } else if (target instanceof ImportTarget.Tags tags
          && (tags.separator().length() > 3 || tags.separator().isBlank())) {
        errors.add(
            new FieldError(
                at + ".target", tags.separator(), "must be 1 to 3 characters, not all spaces"));
      }
      if (!targets.add(target)) {
        errors.add(new FieldError(at + ".target", describe(target), "is mapped from two columns"));
      }
      firstName |= target.equals(ImportTarget.detail(RosterColumn.FIRST_NAME));
      email |= target.equals(ImportTarget.detail(RosterColumn.EMAIL));
      externalId |= target instanceof ImportTarget.ExternalId;
    }
    if (options.mode() != MatchMode.UPDATE_ONLY && !firstName) {
      errors.add(
          new FieldError(
              "mapping.columns", null, "must map a column to firstName to create customers"));
    }
    if (options.matchBy() == MatchBy.EMAIL && !email) {
      errors.add(
          new FieldError("mapping.columns", null, "must map a column to email to match by it"));
    }
    if (options.matchBy() == MatchBy.EXTERNAL_ID && !externalId) {
      errors.add(
          new FieldError(
              "mapping.columns", null, "must map a column to the external id to match by it"));
    }
    if (mapping.datePatterns().isEmpty()) {
      errors.add(new FieldError("mapping.datePatterns", null, "must name at least one pattern"));
    }
    for (int i = 0; i < mapping.datePatterns().size(); i++) {
      String pattern = mapping.datePatterns().get(i);
      try {
        formatter(pattern);
      } catch (IllegalArgumentException e) {
        errors.add(
            new FieldError(
                "mapping.datePatterns[" + i + "]",
                pattern,
                "is not a date pattern: " + e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /** The checked mapping placed on a header; a mapped column the header lacks fails the source. */
  static ResolvedMapping place(
      ImportMapping mapping, List<String> header, List<FieldDefinition> fields) {
    Map<String, FieldDefinition> byKey =
        fields.stream().collect(Collectors.toMap(FieldDefinition::key, Function.identity()));
    List<Column> columns = new ArrayList<>();
    for (ColumnMapping column : mapping.columns()) {
      int index = header.indexOf(column.column().strip());
      if (index < 0) {
        throw new SourceException(
            "the mapping names column '"
                + column.column()
                + "', which the source does not have (it has: "
                + String.join(", ", header)
                + ")");
      }
      FieldDefinition field =
          column.target() instanceof ImportTarget.Field f ? byKey.get(f.key()) : null;
      if (column.target() instanceof ImportTarget.Field f && (field == null || field.archived())) {
        throw new SourceException("the field '" + f.key() + "' is no longer there to import into");
      }
      columns.add(new Column(index, column.column().strip(), column.target(), field));
    }
    return new ResolvedMapping(columns, mapping.datePatterns());
  }

  static String describe(ImportTarget target) {
    if (target instanceof ImportTarget.Detail detail) {
      return detail.column().columnName();
    } else if (target instanceof ImportTarget.Field field) {
      return "fields." + field.key();
    } else if (target instanceof ImportTarget.Consent consent) {
      return "consent." + consent.purpose();
    } else if (target instanceof ImportTarget.Tags) {
      return "tags";
    }
    return "externalId";
  }

  private static DateTimeFormatter formatter(String pattern) {
    // Strict resolving refuses 31.02; it reads "yyyy" as year-of-era, so years are "uuuu".
    return DateTimeFormatter.ofPattern(
            pattern.replace("yyyy", "uuuu").replace("yy", "uu"), Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
