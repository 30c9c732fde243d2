package dev.customers.api.spi;

import dev.customers.api.FieldId;
import dev.customers.api.OrganizationId;
import dev.customers.api.fields.FieldDefinition;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Stores custom field definitions and values, scoped to one organization. */
public interface FieldStore {

  /**
   * Inserts a definition; a key already used in the organization is a DUPLICATE conflict naming its
   * id.
   *
   * @param definition the definition
   */
  void insert(FieldDefinition definition);

  /**
   * Replaces a definition if the stored version is {@code expectedVersion}, else a STALE_VERSION
   * conflict.
   *
   * @param definition the definition
   * @param expectedVersion the version the caller read; another stored version is a conflict
   */
  void update(FieldDefinition definition, long expectedVersion);

  /**
   * Every definition, archived ones too, by position then id.
   *
   * @param organizationId the organization
   * @return every definition, archived ones too, by position then id
   */
  List<FieldDefinition> definitions(OrganizationId organizationId);

  /**
   * The values held by any of {@code owners} (person and customer ids), of every field.
   *
   * @param organizationId the organization
   * @param owners the person and customer ids whose values to read
   * @return the values held by any of {@code owners} (person and customer ids), of every field
   */
  List<StoredFieldValue> values(OrganizationId organizationId, Collection<UUID> owners);

  /**
   * Sets the owner's value of the field, replacing what was there.
   *
   * @param organizationId the organization
   * @param value the value
   */
  void put(OrganizationId organizationId, StoredFieldValue value);

  /**
   * Sets many values at once, each replacing what its owner held for its field: the bulk path of an
   * import. The default puts them one by one.
   *
   * @param organizationId the organization
   * @param values the values, each field and owner at most once
   */
  default void putAll(OrganizationId organizationId, List<StoredFieldValue> values) {
    for (StoredFieldValue value : values) {
      put(organizationId, value);
    }
  }

  /**
   * Clears the owner's value of the field; nothing happens when there is none.
   *
   * @param field the field
   * @param organizationId the organization
   * @param owner the person or customer id the value belongs to
   */
  void remove(OrganizationId organizationId, FieldId field, UUID owner);

  /**
   * Whether any owner holds {@code text} as (one of) its value(s) of the field.
   *
   * @param field the field
   * @param organizationId the organization
   * @param text the text
   * @return whether any owner holds {@code text} as (one of) its value(s) of the field
   */
  boolean anyHolds(OrganizationId organizationId, FieldId field, String text);
}
