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
  /**
   * Checks the components and keeps its own copies of the lists.
   *
   * @param byKey the values by field key
   */
  public FieldValues {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    requireNonNull(byKey, "byKey")
        .forEach((key, values) -> copy.put(requireNonNull(key, "key"), List.copyOf(values)));
    byKey = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * One field's value.
   *
   * @param key the key
   * @param value the value
   * @return one field's value
   */
  public static FieldValues of(String key, String value) {
    return new FieldValues(Map.of()).and(key, value);
  }

  /**
   * A form's values, one per field key.
   *
   * @param form the values by field key
   * @return a form's values, one per field key
   */
  public static FieldValues of(Map<String, String> form) {
    FieldValues values = new FieldValues(Map.of());
    for (Map.Entry<String, String> entry : form.entrySet()) {
      values = values.and(entry.getKey(), entry.getValue());
    }
    return values;
  }

  /**
   * These values and one more field's value.
   *
   * @param key the key
   * @param value the value
   * @return these values and one more field's value
   */
  public FieldValues and(String key, String value) {
    return and(key, List.of(requireNonNull(value, "value")));
  }

  /**
   * These values and one more field's values (a multiple-choice field).
   *
   * @param key the key
   * @param values the values
   * @return these values and one more field's values (a multiple-choice field)
   */
  public FieldValues and(String key, List<String> values) {
    Map<String, List<String>> copy = new LinkedHashMap<>(byKey);
    copy.put(key, values);
    return new FieldValues(copy);
  }

  /**
   * Clears the field's value.
   *
   * @param key the key
   * @return the public field values
   */
  public FieldValues cleared(String key) {
    return and(key, List.of());
  }
}
