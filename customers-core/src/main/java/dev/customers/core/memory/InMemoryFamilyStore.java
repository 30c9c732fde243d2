package dev.customers.core.memory;

import dev.customers.api.ConflictException;
import dev.customers.api.NotFoundException;
import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import dev.customers.api.family.GuardianLink;
import dev.customers.api.spi.FamilyStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Guardian links in memory, kept from both ends. In-memory write transactions already run one at a
 * time, so {@link #lockLinks} has nothing more to hold.
 */
final class InMemoryFamilyStore implements FamilyStore {
  private final FamilyTables tables;
  private final Changes changes;

  InMemoryFamilyStore(FamilyTables tables, Changes changes) {
    this.tables = tables;
    this.changes = changes;
  }

  @Override
  public void lockLinks(OrganizationId organizationId) {
    // Serialized by InMemoryStorage's write lock.
  }

  @Override
  public void insert(GuardianLink link) {
    if (find(link.organizationId(), link.guardian(), link.dependant()).isPresent()) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "person "
              + link.guardian()
              + " is already a guardian of person "
              + link.dependant()
              + ": change the link instead",
          null);
    }
    put(link);
  }

  @Override
  public void update(GuardianLink link) {
    if (find(link.organizationId(), link.guardian(), link.dependant()).isEmpty()) {
      throw new NotFoundException(
          "guardian link", link.guardian() + " (guardian) to " + link.dependant() + " (dependant)");
    }
    put(link);
  }

  private void put(GuardianLink link) {
    changes.put(
        side(tables.byDependant, link.organizationId(), link.dependant()), link.guardian(), link);
    changes.put(
        side(tables.byGuardian, link.organizationId(), link.guardian()), link.dependant(), link);
  }

  @Override
  public boolean delete(OrganizationId organizationId, PersonId guardian, PersonId dependant) {
    if (find(organizationId, guardian, dependant).isEmpty()) {
      return false;
    }
    changes.remove(side(tables.byDependant, organizationId, dependant), guardian);
    changes.remove(side(tables.byGuardian, organizationId, guardian), dependant);
    return true;
  }

  @Override
  public Optional<GuardianLink> find(
      OrganizationId organizationId, PersonId guardian, PersonId dependant) {
    return Optional.ofNullable(
        Maps.peek(tables.byDependant, organizationId)
            .getOrDefault(dependant, Map.of())
            .get(guardian));
  }

  @Override
  public List<GuardianLink> dependantsOf(OrganizationId organizationId, PersonId guardian) {
    return Maps.peek(tables.byGuardian, organizationId)
        .getOrDefault(guardian, Map.of())
        .values()
        .stream()
        .sorted(Comparator.comparing(l -> l.dependant().toString()))
        .toList();
  }

  @Override
  public List<GuardianLink> guardiansOf(OrganizationId organizationId, PersonId dependant) {
    return Maps.peek(tables.byDependant, organizationId)
        .getOrDefault(dependant, Map.of())
        .values()
        .stream()
        .sorted(Comparator.comparing(l -> l.guardian().toString()))
        .toList();
  }

  @Override
  public OptionalInt ageOfMajority(OrganizationId organizationId) {
    Integer years = tables.ageOfMajority.get(organizationId);
    return years == null ? OptionalInt.empty() : OptionalInt.of(years);
  }

  @Override
  public void setAgeOfMajority(OrganizationId organizationId, int years) {
    changes.put(tables.ageOfMajority, organizationId, years);
  }

  private static Map<PersonId, GuardianLink> side(
      Map<OrganizationId, Map<PersonId, Map<PersonId, GuardianLink>>> table,
      OrganizationId organizationId,
      PersonId person) {
    return Maps.inner(Maps.inner(table, organizationId), person);
  }
}
