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
  /** The decimal places of the average. */
  public static final int AVERAGE_SCALE = 6;

  /**
   * Checks the components.
   *
   * @param average the mean, half-even to six places
   * @param count how many
   * @param from the start of the range (included)
   * @param last the latest reading
   * @param max the largest value
   * @param min the smallest value
   * @param to the end of the range (excluded)
   */
  public MetricSummary {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(min, "min");
    requireNonNull(max, "max");
    requireNonNull(average, "average");
    requireNonNull(last, "last");
  }
}
