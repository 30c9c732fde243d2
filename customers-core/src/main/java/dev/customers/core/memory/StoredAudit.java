package dev.customers.core.memory;

import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.audit.FieldChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An audit entry as memory keeps it: the id as two numbers, the field names as an array shared by
 * every entry that names the same fields (a "created" entry names the same seven), and the values:
 * only the "after" ones when every "before" is empty, as in a "created" entry, else before and
 * after in turn. The organization and customer are left to the map that holds it. Every customer
 * has at least its "created" entry, so at a million customers this is one of the roster's largest
 * parts.
 */
final class StoredAudit {
  /** Field-name lists shared between entries; bounded, since field keys are the host's. */
  static final class Names {
    private static final int MAX = 4096;
    private final Map<List<String>, String[]> shared = new HashMap<>();

    String[] of(String[] names) {
      String[] known = shared.get(Arrays.asList(names));
      if (known != null) {
        return known;
      }
      if (shared.size() < MAX) {
        shared.put(Arrays.asList(names), names);
      }
      return names;
    }
  }

  private final long idHigh;
  private final long idLow;
  private final String action;
  private final String actor;
  private final @Nullable String reason;
  private final Instant at;
  private final String[] names;
  private final @Nullable String[] values;

  private StoredAudit(
      UUID id,
      String action,
      String actor,
      @Nullable String reason,
      Instant at,
      String[] names,
      @Nullable String[] values) {
    this.idHigh = id.getMostSignificantBits();
    this.idLow = id.getLeastSignificantBits();
    this.action = action;
    this.actor = actor;
    this.reason = reason;
    this.at = at;
    this.names = names;
    this.values = values;
  }

  static StoredAudit of(AuditEntry entry, Names shared) {
    List<FieldChange> changes = entry.changes();
    String[] names = new String[changes.size()];
    boolean created = true;
    for (int i = 0; i < names.length; i++) {
      names[i] = changes.get(i).field();
      created &= changes.get(i).before() == null;
    }
    @Nullable String[] values = new String[created ? names.length : 2 * names.length];
    for (int i = 0; i < names.length; i++) {
      if (created) {
        values[i] = changes.get(i).after();
      } else {
        values[2 * i] = changes.get(i).before();
        values[2 * i + 1] = changes.get(i).after();
      }
    }
    return new StoredAudit(
        entry.id(),
        entry.action(),
        entry.actor(),
        entry.reason(),
        entry.at(),
        shared.of(names),
        values);
  }

  AuditEntry entry(OrganizationId organizationId, CustomerId customerId) {
    boolean created = values.length == names.length;
    List<FieldChange> list = new ArrayList<>(names.length);
    for (int i = 0; i < names.length; i++) {
      list.add(
          created
              ? new FieldChange(names[i], null, values[i])
              : new FieldChange(names[i], values[2 * i], values[2 * i + 1]));
    }
    return new AuditEntry(
        new UUID(idHigh, idLow), organizationId, customerId, action, actor, reason, at, list);
  }
}
