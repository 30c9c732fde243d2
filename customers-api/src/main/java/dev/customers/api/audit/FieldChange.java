package dev.customers.api.audit;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/** One field's value before and after a change; absent values are null. */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {
  /**
   * Checks the components.
   *
   * @param after the value after
   * @param before the value before
   * @param field the field
   */
  public FieldChange {
    requireNonNull(field, "field");
  }
}
