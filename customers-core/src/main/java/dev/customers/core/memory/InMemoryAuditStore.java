package dev.customers.core.memory;

import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.spi.AuditStore;
import dev.customers.api.spi.Cursors;
import java.util.ArrayList;
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
    List<AuditEntry> entries =
        Maps.inner(tables.audit, entry.organizationId())
            .computeIfAbsent(entry.customerId(), k -> new ArrayList<>());
    changes.add(entries, entry);
  }

  @Override
  public Page<AuditEntry> forCustomer(
      OrganizationId organizationId, CustomerId customerId, PageRequest page) {
    String after = page.cursor() == null ? null : Cursors.decode(page.cursor(), "audit", 1).get(0);
    List<AuditEntry> entries =
        Maps.peek(tables.audit, organizationId).getOrDefault(customerId, List.of()).stream()
            .filter(e -> after == null || e.id().toString().compareTo(after) > 0)
            .sorted(Comparator.comparing(e -> e.id().toString()))
            .limit(page.limit() + 1L)
            .toList();
    return Cursors.page(entries, page.limit(), e -> Cursors.encode("audit", e.id().toString()));
  }
}
