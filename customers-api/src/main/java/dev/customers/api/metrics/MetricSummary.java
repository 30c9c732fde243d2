package dev.customers.api.metrics;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The readings of one metric over a time range: how many, lowest, highest, mean (rounded half-even
 * to {@link #AVERAGE_SCALE} decimals) and latest.
 */
public record MetricSummary(
    Instant from,
    Instant to,
    long count,
    BigDecimal min,
    BigDecimal max,
    BigDecimal average,
    MetricReading last) {
  public static final int AVERAGE_SCALE = 6;

  public MetricSummary {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(min, "min");
    requireNonNull(max, "max");
    requireNonNull(average, "average");
    requireNonNull(last, "last");
  }
}
