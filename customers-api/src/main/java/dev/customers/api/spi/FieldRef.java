package dev.customers.api.spi;

import static java.util.Objects.requireNonNull;

import dev.customers.api.FieldId;
import dev.customers.api.fields.FieldScope;

/**
 * A custom field as a store needs it to find values: its id, and whether values are kept by person
 * or by customer id.
 */
public record FieldRef(FieldId id, FieldScope scope) {
  /**
   * Checks the components.
   *
   * @param id the id
   * @param scope whose value it is: the person's or the roster's
   */
  public FieldRef {
    requireNonNull(id, "id");
    requireNonNull(scope, "scope");
  }
}
