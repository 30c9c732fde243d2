package dev.customers.core.memory;

import dev.customers.api.ConflictException;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.org.Organization;
import dev.customers.api.spi.Cursors;
import dev.customers.api.spi.OrganizationStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Organizations in memory. */
final class InMemoryOrganizationStore implements OrganizationStore {
  private final RosterTables tables;
  private final Changes changes;

  InMemoryOrganizationStore(RosterTables tables, Changes changes) {
    this.tables = tables;
    this.changes = changes;
  }

  @Override
  public void insert(Organization organization) {
    if (tables.organizations.containsKey(organization.id())) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "organization " + organization.id() + " already exists",
          organization.id().toString());
    }
    changes.put(tables.organizations, organization.id(), organization);
  }

  @Override
  public Optional<Organization> find(OrganizationId id) {
    return Optional.ofNullable(tables.organizations.get(id));
  }

  @Override
  public Page<Organization> list(PageRequest page) {
    String after =
        page.cursor() == null ? null : Cursors.decode(page.cursor(), "organizations", 1).get(0);
    List<Organization> sorted =
        tables.organizations.values().stream()
            .filter(o -> after == null || o.id().toString().compareTo(after) > 0)
            .sorted(Comparator.comparing(o -> o.id().toString()))
            .limit(page.limit() + 1L)
            .toList();
    return Cursors.page(
        sorted, page.limit(), o -> Cursors.encode("organizations", o.id().toString()));
  }
}
