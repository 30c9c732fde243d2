package dev.customers.api.metrics;

import static java.util.Objects.requireNonNull;

/** A metric's current value on a customer: its latest reading. */
public record MetricValue(MetricDefinition definition, MetricReading current) {
  public MetricValue {
    requireNonNull(definition, "definition");
    requireNonNull(current, "current");
  }

  public String key() {
    return definition.key();
  }

  public java.math.BigDecimal value() {
    return current.value();
  }
}
