package dev.customers.api.metrics;

import static java.util.Objects.requireNonNull;

import dev.customers.api.CustomerId;
import dev.customers.api.MetricId;
import dev.customers.api.OrganizationId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One recorded value of a metric for a customer: the value after the reading (for an increment, the
 * new total), when it holds, where it came from ({@code source}: "checkin", "import") and who
 * recorded it ({@link dev.customers.api.Actor#key()}).
 */
public record MetricReading(
    UUID id,
    OrganizationId organizationId,
    CustomerId customerId,
    MetricId metricId,
    BigDecimal value,
    Instant at,
    String source,
    String recordedBy) {
  /**
   * Checks the components.
   *
   * @param at when it happened
   * @param customerId the customer
   * @param id the id
   * @param metricId the metric
   * @param organizationId the organization
   * @param recordedBy who recorded it
   * @param source where it came from (a form, an import, the desk)
   * @param value the value
   */
  public MetricReading {
    requireNonNull(id, "id");
    requireNonNull(organizationId, "organizationId");
    requireNonNull(customerId, "customerId");
    requireNonNull(metricId, "metricId");
    requireNonNull(value, "value");
    requireNonNull(at, "at");
    requireNonNull(source, "source");
    requireNonNull(recordedBy, "recordedBy");
  }
}
