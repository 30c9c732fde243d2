package dev.customers.core.imports;

import dev.customers.api.export.RosterColumn;
import dev.customers.api.imports.RowFailure;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The emails and external ids seen so far in a source, in source order: a later row with the email
 * or external id of an earlier row is a repeat, reported and not imported. Every row's values
 * count, failed or not, so that a resumed job that reads its first rows again without importing
 * them finds the same repeats, and a dry run finds those a real run would.
 */
final class Repeats {
  private final boolean byEmail;
  private final Map<String, Long> emails = new HashMap<>();
  private final Map<String, Long> externalIds = new HashMap<>();

  Repeats(boolean byEmail) {
    this.byEmail = byEmail;
  }

  /** The row's repeat, if it is one, after noting its values. */
  @Nullable RowFailure check(ImportRow row, ResolvedMapping mapping) {
    RowFailure byKey = null;
    RowFailure byOther = null;
    String email = row.details().get(RosterColumn.EMAIL);
    if (email != null) {
      Long first = emails.putIfAbsent(email, row.line());
      if (first != null) {
        RowFailure failure =
            failure(row, mapping.detail(RosterColumn.EMAIL), email, "email", first);
        if (byEmail) {
          byKey = failure;
        } else {
          byOther = failure;
        }
      }
    }
    String externalId = row.externalId();
    if (externalId != null) {
      Long first = externalIds.putIfAbsent(externalId, row.line());
      if (first != null) {
        RowFailure failure = failure(row, mapping.externalId(), externalId, "external id", first);
        if (byEmail) {
          byOther = failure;
        } else {
          byKey = failure;
        }
      }
    }
    return byKey != null ? byKey : byOther;
  }

  private static RowFailure failure(
      ImportRow row,
      ResolvedMapping.@Nullable Column column,
      String value,
      String what,
      long first) {
    return new RowFailure(
        row.line(),
        column == null ? null : column.name(),
        value,
        "repeats line " + first + " (the same " + what + "); a row is imported once");
  }
}
