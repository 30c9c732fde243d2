package dev.customers.api.metrics;

import static java.util.Objects.requireNonNull;

import dev.customers.api.MetricId;
import dev.customers.api.OrganizationId;
import java.time.Instant;

/** A metric an organization tracks on its customers. */
public record MetricDefinition(
    MetricId id, OrganizationId organizationId, MetricSpec spec, Instant createdAt, long version) {
  public MetricDefinition {
    requireNonNull(id, "id");
    requireNonNull(organizationId, "organizationId");
    requireNonNull(spec, "spec");
    requireNonNull(createdAt, "createdAt");
  }

  public String key() {
    return spec.key();
  }
}
