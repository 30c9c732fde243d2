package dev.customers.api.fields;

import static java.util.Objects.requireNonNull;

import dev.customers.api.FieldId;
import dev.customers.api.OrganizationId;
import java.time.Instant;

/**
 * A custom field of one organization. {@link #position()} orders fields for display; an archived
 * definition is hidden from forms and profiles, and its values are kept.
 */
public record FieldDefinition(
    FieldId id,
    OrganizationId organizationId,
    FieldSpec spec,
    int position,
    boolean archived,
    Instant createdAt,
    Instant updatedAt,
    long version) {
  public FieldDefinition {
    requireNonNull(id, "id");
    requireNonNull(organizationId, "organizationId");
    requireNonNull(spec, "spec");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
  }

  public String key() {
    return spec.key();
  }

  public FieldType type() {
    return spec.type();
  }

  public FieldScope scope() {
    return spec.scope();
  }

  public FieldAccess access() {
    return spec.access();
  }

  public FieldDefinition withSpec(FieldSpec value, Instant at) {
    return new FieldDefinition(
        id, organizationId, value, position, archived, createdAt, at, version + 1);
  }

  public FieldDefinition withPosition(int value, Instant at) {
    return new FieldDefinition(
        id, organizationId, spec, value, archived, createdAt, at, version + 1);
  }

  public FieldDefinition withArchived(boolean value, Instant at) {
    return new FieldDefinition(
        id, organizationId, spec, position, value, createdAt, at, version + 1);
  }
}
