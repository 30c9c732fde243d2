package dev.customers.api.metrics;

import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.MetricId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Metrics on customers: staff read and record them, admins and owners define them. Values carry at
 * most the definition's decimals; a time in the future is refused.
 */
public interface MetricService {

  /**
   * A new metric; a key already in use is a DUPLICATE conflict.
   *
   * @param caller who is calling, and in which organization
   * @param spec what the caller defines
   * @return a new metric; a key already in use is a DUPLICATE conflict
   */
  MetricDefinition define(Caller caller, MetricSpec spec);

  /**
   * Changes name, unit and decimals (the key and kind are fixed) if {@code expectedVersion} is
   * current.
   *
   * @param caller who is calling, and in which organization
   * @param expectedVersion the version the caller read; another stored version is a conflict
   * @param id the id
   * @param spec what the caller defines
   * @return the metric definition
   */
  MetricDefinition update(Caller caller, MetricId id, long expectedVersion, MetricSpec spec);

  /**
   * Every metric, by key.
   *
   * @param caller who is calling, and in which organization
   * @return every metric, by key
   */
  List<MetricDefinition> definitions(Caller caller);

  /**
   * Records the metric's value at {@code at} (a past reading may be back-filled).
   *
   * @param at when it happened
   * @param caller who is calling, and in which organization
   * @param customerId the customer
   * @param key the key
   * @param source where it came from (a form, an import, the desk)
   * @param value the value
   * @return the metric reading
   */
  MetricReading record(
      Caller caller,
      CustomerId customerId,
      String key,
      BigDecimal value,
      Instant at,
      String source);

  /**
   * Adds {@code by} (more than zero) to a counter's current value, now.
   *
   * @param by how much to add
   * @param caller who is calling, and in which organization
   * @param customerId the customer
   * @param key the key
   * @param source where it came from (a form, an import, the desk)
   * @return the metric reading
   */
  MetricReading increment(
      Caller caller, CustomerId customerId, String key, BigDecimal by, String source);

  /**
   * The current value of every metric the customer has readings for, by key.
   *
   * @param caller who is calling, and in which organization
   * @param customerId the customer
   * @return the current value of every metric the customer has readings for, by key
   */
  List<MetricValue> current(Caller caller, CustomerId customerId);

  /**
   * Readings from {@code from} (inclusive) to {@code to} (exclusive), newest first.
   *
   * @param caller who is calling, and in which organization
   * @param customerId the customer
   * @param from the start of the range (included)
   * @param key the key
   * @param page which page
   * @param to the end of the range (excluded)
   * @return one page of them, with the cursor of the next
   */
  Page<MetricReading> history(
      Caller caller, CustomerId customerId, String key, Instant from, Instant to, PageRequest page);

  /**
   * Min, max, average and last over the range; empty when there are no readings in it.
   *
   * @param caller who is calling, and in which organization
   * @param customerId the customer
   * @param from the start of the range (included)
   * @param key the key
   * @param to the end of the range (excluded)
   * @return the metric summary, or empty when there is none
   */
  Optional<MetricSummary> summary(
      Caller caller, CustomerId customerId, String key, Instant from, Instant to);
}
