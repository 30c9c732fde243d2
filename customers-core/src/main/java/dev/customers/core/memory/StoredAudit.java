package dev.customers.core.memory;

import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.audit.FieldChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An audit entry as memory keeps it: the changes flattened into one array of field, before and
 * after, and the organization and customer left to the map that holds it. Every customer has at
 * least its "created" entry, so at a million customers this is the roster's largest part.
 */
final class StoredAudit {
  private final UUID id;
  private final String action;
  private final String actor;
  private final @Nullable String reason;
  private final Instant at;
  private final @Nullable String[] changes;

  private StoredAudit(
      UUID id,
      String action,
      String actor,
      @Nullable String reason,
      Instant at,
      @Nullable String[] changes) {
    this.id = id;
    this.action = action;
    this.actor = actor;
    this.reason = reason;
    this.at = at;
    this.changes = changes;
  }

  static StoredAudit of(AuditEntry entry) {
    @Nullable String[] changes = new String[entry.changes().size() * 3];
    int i = 0;
    for (FieldChange change : entry.changes()) {
      changes[i++] = change.field();
      changes[i++] = change.before();
      changes[i++] = change.after();
    }
    return new StoredAudit(
        entry.id(), entry.action(), entry.actor(), entry.reason(), entry.at(), changes);
  }

  AuditEntry entry(OrganizationId organizationId, CustomerId customerId) {
    List<FieldChange> list = new ArrayList<>(changes.length / 3);
    for (int i = 0; i < changes.length; i += 3) {
      list.add(
          new FieldChange(
              java.util.Objects.requireNonNull(changes[i], "field"),
              changes[i + 1],
              changes[i + 2]));
    }
    return new AuditEntry(id, organizationId, customerId, action, actor, reason, at, list);
  }
}
