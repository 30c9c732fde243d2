package dev.customers.api.spi;

import static java.util.Objects.requireNonNull;

import dev.customers.api.FormId;
import dev.customers.api.OrganizationId;
import java.time.Instant;

/**
 * One published form version as a store keeps it: the key and version it is found by, and the
 * form's definition as JSON text that the core writes and reads (the store does not look inside).
 *
 * @param id the version's id
 * @param organizationId the organization
 * @param key the form's key
 * @param version the version, from 1
 * @param definition the form's definition, JSON text of at most {@link StoredText#FORM_DEFINITION}
 *     characters
 * @param publishedAt when it was published
 * @param publishedBy who published it
 */
public record StoredForm(
    FormId id,
    OrganizationId organizationId,
    String key,
    int version,
    String definition,
    Instant publishedAt,
    String publishedBy) {
  /**
   * Checks the components.
   *
   * @param id the version's id
   * @param organizationId the organization
   * @param key the form's key
   * @param version the version
   * @param definition the definition as JSON text
   * @param publishedAt when it was published
   * @param publishedBy who published it
   */
  public StoredForm {
    requireNonNull(id, "id");
    requireNonNull(organizationId, "organizationId");
    requireNonNull(key, "key");
    requireNonNull(definition, "definition");
    requireNonNull(publishedAt, "publishedAt");
    requireNonNull(publishedBy, "publishedBy");
  }
}
