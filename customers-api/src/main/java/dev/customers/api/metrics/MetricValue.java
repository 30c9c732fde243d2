package dev.customers.api.metrics;

import static java.util.Objects.requireNonNull;

/** A metric's current value on a customer: its latest reading. */
public record MetricValue(MetricDefinition definition, MetricReading current) {
  /**
   * Checks the components.
   *
   * @param current the current state
   * @param definition the definition
   */
  public MetricValue {
    requireNonNull(definition, "definition");
    requireNonNull(current, "current");
  }

  /**
   * The metric's key.
   *
   * @return the metric's key
   */
  public String key() {
    return definition.key();
  }

  /**
   * The metric's current value.
   *
   * @return the metric's current value
   */
  public java.math.BigDecimal value() {
    return current.value();
  }
}
