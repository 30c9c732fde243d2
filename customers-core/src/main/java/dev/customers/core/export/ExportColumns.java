package dev.customers.core.export;

import dev.customers.api.FieldError;
import dev.customers.api.ValidationException;
import dev.customers.api.export.RosterColumn;
import dev.customers.api.fields.FieldDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The columns an export writes: a roster column or a custom field the caller may view. */
final class ExportColumns {
  static final String FIELDS = "fields.";

  /** One column: its name and what fills it. */
  record Column(String name, @Nullable RosterColumn roster, @Nullable FieldDefinition field) {}

  private ExportColumns() {}

  /**
   * The requested columns, or every roster column, then the visible active fields in display order,
   * then the tags; a field the caller may not view is answered as one that does not exist.
   */
  static List<Column> resolve(List<String> requested, List<FieldDefinition> visible) {
    if (requested.isEmpty()) {
      List<Column> all = new ArrayList<>();
      for (RosterColumn column : RosterColumn.values()) {
        if (column != RosterColumn.TAGS) {
          all.add(new Column(column.columnName(), column, null));
        }
      }
      visible.stream()
          .filter(f -> !f.archived())
          .forEach(f -> all.add(new Column(FIELDS + f.key(), null, f)));
      all.add(new Column(RosterColumn.TAGS.columnName(), RosterColumn.TAGS, null));
      return all;
    }
    Map<String, FieldDefinition> byKey = new java.util.HashMap<>();
    visible.forEach(f -> byKey.put(f.key(), f));
    List<FieldError> errors = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < requested.size(); i++) {
      String name = requested.get(i);
      String at = "columns[" + i + "]";
      if (name == null) {
        errors.add(new FieldError(at, null, "is missing"));
        continue;
      }
      if (!seen.add(name)) {
        errors.add(new FieldError(at, name, "is asked for twice"));
        continue;
      }
      RosterColumn roster = roster(name);
      if (roster != null) {
        columns.add(new Column(name, roster, null));
      } else if (name.startsWith(FIELDS) && byKey.containsKey(name.substring(FIELDS.length()))) {
        columns.add(new Column(name, null, byKey.get(name.substring(FIELDS.length()))));
      } else if (name.startsWith(FIELDS)) {
        errors.add(new FieldError(at, name, "no such field"));
      } else {
        errors.add(
            new FieldError(
                at,
                name,
                "is not a column: the columns are "
                    + java.util.Arrays.stream(RosterColumn.values())
                        .map(RosterColumn::columnName)
                        .toList()
                    + " and fields.<key>"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return columns;
  }

  private static @Nullable RosterColumn roster(String name) {
    for (RosterColumn column : RosterColumn.values()) {
      if (column.columnName().equals(name)) {
        return column;
      }
    }
    return null;
  }
}
