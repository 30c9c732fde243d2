package dev.customers.api.metrics;

/** How a metric's value moves. */
public enum MetricKind {
  /** Counts up by increments (visits, referrals); may also be set outright. */
  COUNTER,
  /** A measured value recorded as it is (weight, a fitness score). */
  GAUGE
}
