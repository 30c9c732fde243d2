package dev.customers.api.forms;

import static java.util.Objects.requireNonNull;

import dev.customers.api.FormId;
import dev.customers.api.OrganizationId;
import java.time.Instant;

/**
 * One published version of a form. A version never changes: publishing the same key again makes the
 * next version, and a submission records the version it answered.
 *
 * @param id this version's id
 * @param organizationId the organization
 * @param version 1 for the first version of a key, one more for each after
 * @param spec what was published
 * @param publishedAt when it was published
 * @param publishedBy who published it
 */
public record Form(
    FormId id,
    OrganizationId organizationId,
    int version,
    FormSpec spec,
    Instant publishedAt,
    String publishedBy) {
  /**
   * Checks the components.
   *
   * @param id this version's id
   * @param organizationId the organization
   * @param version the version
   * @param spec what was published
   * @param publishedAt when it was published
   * @param publishedBy who published it
   */
  public Form {
    requireNonNull(id, "id");
    requireNonNull(organizationId, "organizationId");
    requireNonNull(spec, "spec");
    requireNonNull(publishedAt, "publishedAt");
    requireNonNull(publishedBy, "publishedBy");
  }

  /**
   * The form's key, shared by its versions.
   *
   * @return the form's key
   */
  public String key() {
    return spec.key();
  }

  /**
   * What a submission does.
   *
   * @return the form's kind
   */
  public FormKind kind() {
    return spec.kind();
  }
}
