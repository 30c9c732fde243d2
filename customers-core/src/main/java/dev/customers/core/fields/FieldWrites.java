package dev.customers.core.fields;

import dev.customers.api.audit.FieldChange;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.spi.StoredFieldValue;
import dev.customers.core.internal.FieldReads;
import dev.customers.core.internal.Work;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Writes checked field values on one customer, with their audit entry and event, inside another
 * capability's transaction (a form's submission) as the field service does. The values must already
 * be canonical and the caller's rights checked.
 */
public final class FieldWrites {
  private FieldWrites() {}

  /**
   * One field's change: its values before and after (empty: unset).
   *
   * @param field the field
   * @param before the stored values
   * @param after the canonical values to store
   */
  public record Write(FieldDefinition field, List<String> before, List<String> after) {
    /**
     * Keeps copies of the lists.
     *
     * @param field the field
     * @param before the stored values
     * @param after the canonical values to store
     */
    public Write {
      before = List.copyOf(before);
      after = List.copyOf(after);
    }
  }

  /**
   * Stores the changes, and records one audit entry and one event for them; nothing when empty.
   *
   * @param work the transaction
   * @param entry the customer
   * @param writes the changes
   */
  public static void apply(Work work, RosterEntry entry, List<Write> writes) {
    List<StoredFieldValue> puts = new ArrayList<>();
    record(work, entry, writes, puts);
    if (!puts.isEmpty()) {
      work.session().fields().putAll(work.organization().id(), puts);
    }
  }

  /**
   * Stores the changes of many customers with one bulk write of their values, and records one audit
   * entry and one event per customer changed.
   *
   * @param work the transaction
   * @param writes each customer's changes
   */
  public static void applyAll(Work work, Map<RosterEntry, List<Write>> writes) {
    List<StoredFieldValue> puts = new ArrayList<>();
    writes.forEach((entry, changes) -> record(work, entry, changes, puts));
    if (!puts.isEmpty()) {
      work.session().fields().putAll(work.organization().id(), puts);
    }
  }

  private static void record(
      Work work, RosterEntry entry, List<Write> writes, List<StoredFieldValue> puts) {
    if (writes.isEmpty()) {
      return;
    }
    List<FieldChange> changes = new ArrayList<>();
    for (Write write : writes) {
      UUID owner = FieldReads.owner(write.field(), entry);
      if (write.after().isEmpty()) {
        work.session().fields().remove(work.organization().id(), write.field().id(), owner);
      } else {
        puts.add(
            new StoredFieldValue(write.field().id(), write.field().type(), owner, write.after()));
      }
      changes.add(
          new FieldChange(
              FieldReads.auditName(write.field()), text(write.before()), text(write.after())));
    }
    work.audit(entry.customer().id(), "fields.changed", changes);
    work.publish(
        new CustomerEvent.FieldsChanged(
            work.newId(),
            work.organization().id(),
            entry.customer().id(),
            writes.stream().map(w -> w.field().key()).toList(),
            work.now(),
            work.caller().actor().describe()));
  }

  private static @Nullable String text(List<String> values) {
    return values.isEmpty() ? null : String.join(", ", values);
  }
}
