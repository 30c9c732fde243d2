package dev.customers.api.tags;

import static java.util.Objects.requireNonNull;

import dev.customers.api.OrganizationId;
import dev.customers.api.TagId;
import java.time.Instant;

/** A label an organization puts on customers, with a colour written {@code #rrggbb}. */
public record Tag(
    TagId id,
    OrganizationId organizationId,
    String name,
    String colour,
    Instant createdAt,
    long version) {
  /**
   * Checks the components.
   *
   * @param colour the colour, as #rrggbb
   * @param createdAt when it was created
   * @param id the id
   * @param name the name
   * @param organizationId the organization
   * @param version the version, one more with every change
   */
  public Tag {
    requireNonNull(id, "id");
    requireNonNull(organizationId, "organizationId");
    requireNonNull(name, "name");
    requireNonNull(colour, "colour");
    requireNonNull(createdAt, "createdAt");
  }

  /**
   * This tag with another name, one version on.
   *
   * @param value the value
   * @return this tag with another name, one version on
   */
  public Tag renamed(String value) {
    return new Tag(id, organizationId, value, colour, createdAt, version + 1);
  }

  /**
   * This tag with another colour, one version on.
   *
   * @param value the value
   * @return this tag with another colour, one version on
   */
  public Tag recoloured(String value) {
    return new Tag(id, organizationId, name, value, createdAt, version + 1);
  }
}
