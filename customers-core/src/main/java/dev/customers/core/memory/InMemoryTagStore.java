package dev.customers.core.memory;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.NotFoundException;
import dev.customers.api.OrganizationId;
import dev.customers.api.TagId;
import dev.customers.api.spi.TagStore;
import dev.customers.api.tags.Tag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/** Tags and their assignments in memory. */
final class InMemoryTagStore implements TagStore {
  private final ProfileTables tables;
  private final BiPredicate<OrganizationId, CustomerId> isActive;
  private final Changes changes;

  InMemoryTagStore(
      ProfileTables tables, BiPredicate<OrganizationId, CustomerId> isActive, Changes changes) {
    this.tables = tables;
    this.isActive = isActive;
    this.changes = changes;
  }

  private void checkName(Tag tag) {
    String key = TagStore.nameKey(tag.name());
    for (Tag other : Maps.peek(tables.tags, tag.organizationId()).values()) {
      if (!other.id().equals(tag.id()) && TagStore.nameKey(other.name()).equals(key)) {
        throw new ConflictException(
            ConflictException.Reason.DUPLICATE,
            "tag name " + tag.name() + " is already used by tag " + other.id(),
            other.id().toString());
      }
    }
  }

  @Override
  public void insert(Tag tag) {
    if (Maps.peek(tables.tags, tag.organizationId()).containsKey(tag.id())) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "tag " + tag.id() + " already exists",
          tag.id().toString());
    }
    checkName(tag);
    changes.put(Maps.inner(tables.tags, tag.organizationId()), tag.id(), tag);
  }

  @Override
  public void update(Tag tag, long expectedVersion) {
    Tag stored = Maps.peek(tables.tags, tag.organizationId()).get(tag.id());
    if (stored == null) {
      throw new NotFoundException("tag", tag.id());
    }
    if (stored.version() != expectedVersion) {
      throw ConflictException.staleVersion("tag", tag.id(), expectedVersion, stored.version());
    }
    checkName(tag);
    changes.put(Maps.inner(tables.tags, tag.organizationId()), tag.id(), tag);
  }

  @Override
  public List<CustomerId> delete(OrganizationId organizationId, TagId id) {
    if (!Maps.peek(tables.tags, organizationId).containsKey(id)) {
      return List.of();
    }
    List<CustomerId> had = new ArrayList<>();
    Map<CustomerId, Set<TagId>> assignments = Maps.inner(tables.tagged, organizationId);
    for (Map.Entry<CustomerId, Set<TagId>> entry : new ArrayList<>(assignments.entrySet())) {
      if (entry.getValue().contains(id)) {
        had.add(entry.getKey());
        Set<TagId> rest = new HashSet<>(entry.getValue());
        rest.remove(id);
        changes.put(assignments, entry.getKey(), Set.copyOf(rest));
      }
    }
    changes.remove(Maps.inner(tables.tags, organizationId), id);
    had.sort(null);
    return had;
  }

  @Override
  public Optional<Tag> find(OrganizationId organizationId, TagId id) {
    return Optional.ofNullable(Maps.peek(tables.tags, organizationId).get(id));
  }

  @Override
  public List<Tag> list(OrganizationId organizationId) {
    return sorted(Maps.peek(tables.tags, organizationId).values());
  }

  private List<Tag> sorted(Collection<Tag> found) {
    return found.stream()
        .sorted(
            Comparator.comparing((Tag t) -> TagStore.nameKey(t.name()))
                .thenComparing(t -> t.id().toString()))
        .toList();
  }

  @Override
  public List<CustomerId> assign(
      OrganizationId organizationId, TagId id, Collection<CustomerId> customers) {
    return change(organizationId, id, customers, true);
  }

  @Override
  public List<CustomerId> unassign(
      OrganizationId organizationId, TagId id, Collection<CustomerId> customers) {
    return change(organizationId, id, customers, false);
  }

  private List<CustomerId> change(
      OrganizationId organizationId, TagId id, Collection<CustomerId> customers, boolean add) {
    if (!Maps.peek(tables.tags, organizationId).containsKey(id)) {
      throw new NotFoundException("tag", id);
    }
    Map<CustomerId, Set<TagId>> assignments = Maps.inner(tables.tagged, organizationId);
    List<CustomerId> changed = new ArrayList<>();
    for (CustomerId customer : new java.util.LinkedHashSet<>(customers)) {
      Set<TagId> current = assignments.getOrDefault(customer, Set.of());
      if (current.contains(id) != add) {
        Set<TagId> next = new HashSet<>(current);
        if (add) {
          next.add(id);
        } else {
          next.remove(id);
        }
        changes.put(assignments, customer, Set.copyOf(next));
        changed.add(customer);
      }
    }
    return changed;
  }

  @Override
  public List<Tag> tagsOf(OrganizationId organizationId, CustomerId customerId) {
    Map<TagId, Tag> defined = Maps.peek(tables.tags, organizationId);
    return sorted(
        Maps.peek(tables.tagged, organizationId).getOrDefault(customerId, Set.of()).stream()
            .map(defined::get)
            .toList());
  }

  @Override
  public Map<TagId, Long> activeCounts(OrganizationId organizationId) {
    Map<TagId, Long> counts = new HashMap<>();
    Maps.peek(tables.tagged, organizationId)
        .forEach(
            (customer, ids) -> {
              if (isActive.test(organizationId, customer)) {
                ids.forEach(id -> counts.merge(id, 1L, Long::sum));
              }
            });
    return counts;
  }
}
