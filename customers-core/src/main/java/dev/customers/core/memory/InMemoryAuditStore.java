package dev.customers.core.memory;

import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.spi.AuditStore;
import dev.customers.api.spi.Cursors;
import java.util.Comparator;
import java.util.List;

/** The audit trail in memory, per organization and customer. */
final class InMemoryAuditStore implements AuditStore {
  private final RosterTables tables;
  private final Changes changes;

  InMemoryAuditStore(RosterTables tables, Changes changes) {
    this.tables = tables;
    this.changes = changes;
  }

  @Override
  public void append(AuditEntry entry) {
    appendAll(List.of(entry));
  }

  @Override
  public void appendAll(List<AuditEntry> entries) {
    java.util.Map<OrganizationId, Changes.Batch<CustomerId, StoredAudit[]>> batches =
        new java.util.HashMap<>();
    for (AuditEntry entry : entries) {
      java.util.Map<CustomerId, StoredAudit[]> trails =
          Maps.inner(tables.audit, entry.organizationId());
      StoredAudit[] trail = trails.get(entry.customerId());
      StoredAudit[] longer =
          trail == null ? new StoredAudit[1] : java.util.Arrays.copyOf(trail, trail.length + 1);
      longer[longer.length - 1] = StoredAudit.of(entry, tables.auditNames);
      // Replaced whole: a customer's trail is short, and an array of it is the smallest holder.
      batches
          .computeIfAbsent(entry.organizationId(), k -> changes.batch(trails))
          .put(entry.customerId(), longer);
    }
  }

  @Override
  public Page<AuditEntry> forCustomer(
      OrganizationId organizationId, CustomerId customerId, PageRequest page) {
    String after = page.cursor() == null ? null : Cursors.decode(page.cursor(), "audit", 1).get(0);
    StoredAudit[] trail =
        Maps.peek(tables.audit, organizationId).getOrDefault(customerId, new StoredAudit[0]);
    List<AuditEntry> entries =
        java.util.Arrays.stream(trail)
            .map(stored -> stored.entry(organizationId, customerId))
            .filter(e -> after == null || e.id().toString().compareTo(after) > 0)
            .sorted(Comparator.comparing(e -> e.id().toString()))
            .limit(page.limit() + 1L)
            .toList();
    return Cursors.page(entries, page.limit(), e -> Cursors.encode("audit", e.id().toString()));
  }
}
