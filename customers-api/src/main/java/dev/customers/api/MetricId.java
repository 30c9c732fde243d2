package dev.customers.api;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/** Identifies a metric definition within its organization. */
public record MetricId(UUID value) implements Comparable<MetricId> {
  /**
   * Checks the components.
   *
   * @param value the value
   */
  public MetricId {
    requireNonNull(value, "value");
  }

  /**
   * The id with this value.
   *
   * @param value the value
   * @return the id with this value
   */
  public static MetricId of(UUID value) {
    return new MetricId(value);
  }

  /**
   * Parses the text form; a malformed id is a {@link ValidationException} naming {@code metricId}.
   *
   * @param text the text
   * @return the id
   */
  public static MetricId parse(String text) {
    return new MetricId(Ids.parse("metricId", requireNonNull(text, "text")));
  }

  /** Orders as the text form does, which is the order databases give UUIDs. */
  @Override
  public int compareTo(MetricId other) {
    return value.toString().compareTo(other.value.toString());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
