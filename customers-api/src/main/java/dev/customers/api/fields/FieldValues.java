package dev.customers.api.fields;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values to set on one customer in one call, by field key, as a host's form sends them: text for
 * every type, several texts for a multiple-choice field, and an empty list (or blank text) to
 * clear.
 */
public record FieldValues(Map<String, List<String>> byKey) {
  public FieldValues {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    requireNonNull(byKey, "byKey")
        .forEach((key, values) -> copy.put(requireNonNull(key, "key"), List.copyOf(values)));
    byKey = java.util.Collections.unmodifiableMap(copy);
  }

  public static FieldValues of(String key, String value) {
    return new FieldValues(Map.of()).and(key, value);
  }

  public static FieldValues of(Map<String, String> form) {
    FieldValues values = new FieldValues(Map.of());
    for (Map.Entry<String, String> entry : form.entrySet()) {
      values = values.and(entry.getKey(), entry.getValue());
    }
    return values;
  }

  public FieldValues and(String key, String value) {
    return and(key, List.of(requireNonNull(value, "value")));
  }

  public FieldValues and(String key, List<String> values) {
    Map<String, List<String>> copy = new LinkedHashMap<>(byKey);
    copy.put(key, values);
    return new FieldValues(copy);
  }

  /** Clears the field's value. */
  public FieldValues cleared(String key) {
    return and(key, List.of());
  }
}
