package dev.customers.core.memory;

import dev.customers.api.ConflictException;
import dev.customers.api.FieldId;
import dev.customers.api.NotFoundException;
import dev.customers.api.OrganizationId;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.spi.FieldStore;
import dev.customers.api.spi.StoredFieldValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Custom field definitions and values in memory. */
final class InMemoryFieldStore implements FieldStore {
  private final ProfileTables tables;
  private final Changes changes;

  InMemoryFieldStore(ProfileTables tables, Changes changes) {
    this.tables = tables;
    this.changes = changes;
  }

  @Override
  public void insert(FieldDefinition definition) {
    Map<FieldId, FieldDefinition> defined =
        Maps.inner(tables.fieldDefinitions, definition.organizationId());
    if (defined.containsKey(definition.id())) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "field " + definition.id() + " already exists",
          definition.id().toString());
    }
    requireKeyFree(defined, definition);
    changes.put(defined, definition.id(), definition);
  }

  @Override
  public void update(FieldDefinition definition, long expectedVersion) {
    Map<FieldId, FieldDefinition> defined =
        Maps.inner(tables.fieldDefinitions, definition.organizationId());
    FieldDefinition stored = defined.get(definition.id());
    if (stored == null) {
      throw new NotFoundException("field", definition.id());
    }
    if (stored.version() != expectedVersion) {
      throw ConflictException.staleVersion(
          "field", definition.id(), expectedVersion, stored.version());
    }
    requireKeyFree(defined, definition);
    changes.put(defined, definition.id(), definition);
  }

  private void requireKeyFree(Map<FieldId, FieldDefinition> defined, FieldDefinition definition) {
    for (FieldDefinition other : defined.values()) {
      if (other.key().equals(definition.key()) && !other.id().equals(definition.id())) {
        throw new ConflictException(
            ConflictException.Reason.DUPLICATE,
            "field key " + definition.key() + " is already used by field " + other.id(),
            other.id().toString());
      }
    }
  }

  @Override
  public List<FieldDefinition> definitions(OrganizationId organizationId) {
    return Maps.peek(tables.fieldDefinitions, organizationId).values().stream()
        .sorted(
            Comparator.comparingInt(FieldDefinition::position)
                .thenComparing(d -> d.id().toString()))
        .toList();
  }

  @Override
  public List<StoredFieldValue> values(OrganizationId organizationId, Collection<UUID> owners) {
    List<StoredFieldValue> found = new ArrayList<>();
    for (UUID owner : new HashSet<>(owners)) {
      Maps.peek(tables.fieldValues, organizationId)
          .getOrDefault(owner, Map.of())
          .values()
          .forEach(held -> found.add(held.value()));
    }
    return found;
  }

  @Override
  public void put(OrganizationId organizationId, StoredFieldValue value) {
    Map<FieldId, ProfileTables.Held> values =
        Maps.inner(Maps.inner(tables.fieldValues, organizationId), value.owner());
    List<String> before = ProfileTables.texts(values);
    changes.put(values, value.field(), ProfileTables.Held.of(value));
    reindex(organizationId, value.owner(), before, ProfileTables.texts(values));
  }

  /** Keeps the field tier's postings in step with the owner's values, and undoes with them. */
  private void reindex(
      OrganizationId organizationId, UUID owner, List<String> before, List<String> after) {
    FieldGrams grams = tables.fieldGrams.computeIfAbsent(organizationId, k -> new FieldGrams());
    grams.replace(owner, before, after);
    changes.onUndo(() -> grams.replace(owner, after, before));
  }

  @Override
  public void remove(OrganizationId organizationId, FieldId field, UUID owner) {
    Map<FieldId, ProfileTables.Held> values =
        Maps.peek(tables.fieldValues, organizationId).get(owner);
    if (values != null && values.containsKey(field)) {
      List<String> before = ProfileTables.texts(values);
      changes.remove(values, field);
      reindex(organizationId, owner, before, ProfileTables.texts(values));
    }
  }

  @Override
  public boolean anyHolds(OrganizationId organizationId, FieldId field, String text) {
    return Maps.peek(tables.fieldValues, organizationId).values().stream()
        .map(values -> values.get(field))
        .anyMatch(held -> held != null && held.value().values().contains(text));
  }
}
