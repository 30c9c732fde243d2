package dev.customers.api.spi;

import dev.customers.api.CustomerId;
import dev.customers.api.MetricId;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.metrics.MetricDefinition;
import dev.customers.api.metrics.MetricReading;
import dev.customers.api.metrics.MetricSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Stores metric definitions and readings, scoped to one organization. A customer's current value of
 * a metric is its reading with the latest time (then the greatest id).
 */
public interface MetricStore {

  /** Inserts a definition; a key already used is a DUPLICATE conflict naming its id. */
  void insert(MetricDefinition definition);

  void update(MetricDefinition definition, long expectedVersion);

  /** Every definition, by key. */
  List<MetricDefinition> definitions(OrganizationId organizationId);

  /** Stores a reading and, when it is later than the current one, makes it current. */
  void append(MetricReading reading);

  /** The current reading of every metric the customer has. */
  List<MetricReading> current(OrganizationId organizationId, CustomerId customerId);

  /**
   * The current reading of one metric, held against concurrent writers until the transaction ends
   * (a row lock in SQL), so an increment based on it loses no update.
   */
  Optional<MetricReading> currentForUpdate(
      OrganizationId organizationId, CustomerId customerId, MetricId metricId);

  /** Readings from {@code from} (inclusive) to {@code to} (exclusive), newest first. */
  Page<MetricReading> history(
      OrganizationId organizationId,
      CustomerId customerId,
      MetricId metricId,
      Instant from,
      Instant to,
      int limit,
      @Nullable String cursor);

  /** Count, min, max, average and latest over the range; empty with no readings in it. */
  Optional<MetricSummary> summary(
      OrganizationId organizationId,
      CustomerId customerId,
      MetricId metricId,
      Instant from,
      Instant to);
}
