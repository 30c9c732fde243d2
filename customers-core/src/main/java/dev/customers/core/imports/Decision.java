package dev.customers.core.imports;

import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.imports.RowFailure;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.RosterEntry;
import dev.customers.core.fields.FieldWrites;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one row does, decided before anything is written: the customer it creates or changes (only
 * what differs), or why it fails.
 */
record Decision(
    ImportRow row,
    Outcome outcome,
    @Nullable RosterEntry match,
    @Nullable CustomerDetails details,
    List<FieldWrites.Write> fields,
    List<String> tags,
    Map<String, ConsentStatus> consents,
    @Nullable String externalId,
    List<RowFailure> failures) {

  /** What a row does. */
  enum Outcome {
    CREATE,
    UPDATE,
    UNCHANGED,
    FAIL
  }

  static Decision fail(ImportRow row, List<RowFailure> failures) {
    return new Decision(
        row, Outcome.FAIL, null, null, List.of(), List.of(), Map.of(), null, failures);
  }
}
