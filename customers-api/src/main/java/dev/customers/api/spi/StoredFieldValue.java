package dev.customers.api.spi;

import static java.util.Objects.requireNonNull;

import dev.customers.api.FieldId;
import dev.customers.api.fields.FieldType;
import java.util.List;
import java.util.UUID;

/**
 * A field's value as stored: canonical texts (checked by the service), keyed by the owner (the
 * person id for PERSON fields, the customer id for ROSTER fields). The type tells a store which
 * typed copy to keep for filters: a number for NUMBER and DECIMAL, a date for DATE.
 */
public record StoredFieldValue(FieldId field, FieldType type, UUID owner, List<String> values) {
  /**
   * Checks the components and keeps its own copies of the lists.
   *
   * @param field the field
   * @param owner the person or customer id the value belongs to
   * @param type the type
   * @param values the values
   */
  public StoredFieldValue {
    requireNonNull(field, "field");
    requireNonNull(type, "type");
    requireNonNull(owner, "owner");
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a stored value has at least one text");
    }
  }
}
