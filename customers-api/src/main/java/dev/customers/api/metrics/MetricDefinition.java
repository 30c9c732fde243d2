package dev.customers.api.metrics;

import static java.util.Objects.requireNonNull;

import dev.customers.api.MetricId;
import dev.customers.api.OrganizationId;
import java.time.Instant;

/** A metric an organization tracks on its customers. */
public record MetricDefinition(
    MetricId id, OrganizationId organizationId, MetricSpec spec, Instant createdAt, long version) {
  /**
   * Checks the components.
   *
   * @param createdAt when it was created
   * @param id the id
   * @param organizationId the organization
   * @param spec what the caller defines
   * @param version the version, one more with every change
   */
  public MetricDefinition {
    requireNonNull(id, "id");
    requireNonNull(organizationId, "organizationId");
    requireNonNull(spec, "spec");
    requireNonNull(createdAt, "createdAt");
  }

  /**
   * The metric's key, unique in the organization.
   *
   * @return the metric's key, unique in the organization
   */
  public String key() {
    return spec.key();
  }
}
