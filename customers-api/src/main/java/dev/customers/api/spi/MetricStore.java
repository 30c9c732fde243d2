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

  /**
   * Inserts a definition; a key already used is a DUPLICATE conflict naming its id.
   *
   * @param definition the definition
   */
  void insert(MetricDefinition definition);

  /**
   * Replaces a definition stored at {@code expectedVersion}; another version is a conflict.
   *
   * @param definition the definition
   * @param expectedVersion the version the caller read; another stored version is a conflict
   */
  void update(MetricDefinition definition, long expectedVersion);

  /**
   * Every definition, by key.
   *
   * @param organizationId the organization
   * @return every definition, by key
   */
  List<MetricDefinition> definitions(OrganizationId organizationId);

  /**
   * Stores a reading and, when it is later than the current one, makes it current.
   *
   * @param reading the reading
   */
  void append(MetricReading reading);

  /**
   * The current reading of every metric the customer has.
   *
   * @param customerId the customer
   * @param organizationId the organization
   * @return the current reading of every metric the customer has
   */
  List<MetricReading> current(OrganizationId organizationId, CustomerId customerId);

  /**
   * The current reading of one metric, held against concurrent writers until the transaction ends
   * (a row lock in SQL), so an increment based on it loses no update.
   *
   * @param customerId the customer
   * @param metricId the metric
   * @param organizationId the organization
   * @return the current reading of one metric, held against concurrent writers until the
   *     transaction ends (a row lock in SQL), so an increment based on it loses no update
   */
  Optional<MetricReading> currentForUpdate(
      OrganizationId organizationId, CustomerId customerId, MetricId metricId);

  /**
   * Readings from {@code from} (inclusive) to {@code to} (exclusive), newest first.
   *
   * @param cursor the cursor of the previous page, or null for the first
   * @param customerId the customer
   * @param from the start of the range (included)
   * @param limit the most items a page holds
   * @param metricId the metric
   * @param organizationId the organization
   * @param to the end of the range (excluded)
   * @return one page of them, with the cursor of the next
   */
  Page<MetricReading> history(
      OrganizationId organizationId,
      CustomerId customerId,
      MetricId metricId,
      Instant from,
      Instant to,
      int limit,
      @Nullable String cursor);

  /**
   * Count, min, max, average and latest over the range; empty with no readings in it.
   *
   * @param customerId the customer
   * @param from the start of the range (included)
   * @param metricId the metric
   * @param organizationId the organization
   * @param to the end of the range (excluded)
   * @return the metric summary, or empty when there is none
   */
  Optional<MetricSummary> summary(
      OrganizationId organizationId,
      CustomerId customerId,
      MetricId metricId,
      Instant from,
      Instant to);
}
