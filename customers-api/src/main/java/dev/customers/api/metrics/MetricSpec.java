package dev.customers.api.metrics;

import static java.util.Objects.requireNonNull;

/**
 * What defines a metric: a key (lower-case letters, digits, underscores), a name, a unit (may be
 * empty), counter or gauge, and how many decimals values carry (0 to 6).
 */
public record MetricSpec(String key, String name, String unit, MetricKind kind, int decimals) {
  /**
   * Checks the components.
   *
   * @param decimals the decimal places kept
   * @param key the key
   * @param kind counter or gauge
   * @param name the name
   * @param unit the unit, such as kg
   */
  public MetricSpec {
    requireNonNull(key, "key");
    requireNonNull(name, "name");
    requireNonNull(unit, "unit");
    requireNonNull(kind, "kind");
  }

  /**
   * A counter: whole numbers that increments add to.
   *
   * @param key the key
   * @param name the name
   * @return a counter: whole numbers that increments add to
   */
  public static MetricSpec counter(String key, String name) {
    return new MetricSpec(key, name, "", MetricKind.COUNTER, 0);
  }

  /**
   * A gauge: a measured value with a unit and a number of decimals.
   *
   * @param decimals the decimal places kept
   * @param key the key
   * @param name the name
   * @param unit the unit, such as kg
   * @return a gauge: a measured value with a unit and a number of decimals
   */
  public static MetricSpec gauge(String key, String name, String unit, int decimals) {
    return new MetricSpec(key, name, unit, MetricKind.GAUGE, decimals);
  }
}
