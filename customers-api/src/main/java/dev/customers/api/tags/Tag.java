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
  public Tag {
    requireNonNull(id, "id");
    requireNonNull(organizationId, "organizationId");
    requireNonNull(name, "name");
    requireNonNull(colour, "colour");
    requireNonNull(createdAt, "createdAt");
  }

  public Tag renamed(String value) {
    return new Tag(id, organizationId, value, colour, createdAt, version + 1);
  }

  public Tag recoloured(String value) {
    return new Tag(id, organizationId, name, value, createdAt, version + 1);
  }
}
