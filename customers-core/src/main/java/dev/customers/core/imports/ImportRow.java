package dev.customers.core.imports;

import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.export.RosterColumn;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.imports.RowFailure;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A row's values read through the mapping, trimmed and normalised; a blank cell is absent (it
 * leaves the customer's value as it is). The failures are those of reading, before any store is
 * asked.
 */
record ImportRow(
    long line,
    List<String> cells,
    Map<RosterColumn, String> details,
    @Nullable String externalId,
    Map<FieldDefinition, List<String>> fields,
    Set<String> tags,
    Map<String, ConsentStatus> consents,
    List<RowFailure> failures) {

  /** This row with one more failure. */
  ImportRow failing(dev.customers.api.imports.RowFailure failure) {
    List<dev.customers.api.imports.RowFailure> more = new java.util.ArrayList<>(failures);
    more.add(failure);
    return new ImportRow(line, cells, details, externalId, fields, tags, consents, more);
  }

  /** The key the row is matched by (a lower-case email or an external id), or null. */
  @Nullable String key(boolean byEmail) {
    return byEmail ? details.get(RosterColumn.EMAIL) : externalId;
  }
}
