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
  /**
   * Checks the components.
   *
   * @param archived whether it is archived
   * @param createdAt when it was created
   * @param id the id
   * @param organizationId the organization
   * @param position the display position
   * @param spec what the caller defines
   * @param updatedAt when it last changed
   * @param version the version, one more with every change
   */
  public FieldDefinition {
    requireNonNull(id, "id");
    requireNonNull(organizationId, "organizationId");
    requireNonNull(spec, "spec");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
  }

  /**
   * The field's key, unique in the organization.
   *
   * @return the field's key, unique in the organization
   */
  public String key() {
    return spec.key();
  }

  /**
   * The field's type.
   *
   * @return the field's type
   */
  public FieldType type() {
    return spec.type();
  }

  /**
   * Whose value the field holds: the person's or the roster's.
   *
   * @return the public field scope
   */
  public FieldScope scope() {
    return spec.scope();
  }

  /**
   * Who may see and change the field's values.
   *
   * @return who may see and change the field's values
   */
  public FieldAccess access() {
    return spec.access();
  }

  /**
   * This definition with another spec, updated at {@code at}, one version on.
   *
   * @param at when it happened
   * @param value the value
   * @return this definition with another spec, updated at {@code at}, one version on
   */
  public FieldDefinition withSpec(FieldSpec value, Instant at) {
    return new FieldDefinition(
        id, organizationId, value, position, archived, createdAt, at, version + 1);
  }

  /**
   * This definition at another display position, updated at {@code at}, one version on.
   *
   * @param at when it happened
   * @param value the value
   * @return this definition at another display position, updated at {@code at}, one version on
   */
  public FieldDefinition withPosition(int value, Instant at) {
    return new FieldDefinition(
        id, organizationId, spec, value, archived, createdAt, at, version + 1);
  }

  /**
   * This definition archived or not, updated at {@code at}, one version on.
   *
   * @param at when it happened
   * @param value the value
   * @return this definition archived or not, updated at {@code at}, one version on
   */
  public FieldDefinition withArchived(boolean value, Instant at) {
    return new FieldDefinition(
        id, organizationId, spec, position, value, createdAt, at, version + 1);
  }
}
