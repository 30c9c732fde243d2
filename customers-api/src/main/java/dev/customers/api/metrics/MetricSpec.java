package dev.customers.api.metrics;

import static java.util.Objects.requireNonNull;

/**
 * What defines a metric: a key (lower-case letters, digits, underscores), a name, a unit (may be
 * empty), counter or gauge, and how many decimals values carry (0 to 6).
 */
public record MetricSpec(String key, String name, String unit, MetricKind kind, int decimals) {
  public MetricSpec {
    requireNonNull(key, "key");
    requireNonNull(name, "name");
    requireNonNull(unit, "unit");
    requireNonNull(kind, "kind");
  }

  public static MetricSpec counter(String key, String name) {
    return new MetricSpec(key, name, "", MetricKind.COUNTER, 0);
  }

  public static MetricSpec gauge(String key, String name, String unit, int decimals) {
    return new MetricSpec(key, name, unit, MetricKind.GAUGE, decimals);
  }
}
