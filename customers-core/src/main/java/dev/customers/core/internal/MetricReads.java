package dev.customers.core.internal;

import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.metrics.MetricDefinition;
import dev.customers.api.metrics.MetricReading;
import dev.customers.api.metrics.MetricValue;
import dev.customers.api.spi.StoreSession;
import java.util.ArrayList;
import java.util.List;

/** Reading current metric values; shared by the metric and profile services. */
public final class MetricReads {
  private MetricReads() {}

  /** The customer's current metric values by key; two statements whatever the number of metrics. */
  public static List<MetricValue> currentValues(
      StoreSession session, OrganizationId organizationId, CustomerId customerId) {
    List<MetricReading> readings = session.metrics().current(organizationId, customerId);
    List<MetricValue> values = new ArrayList<>();
    for (MetricDefinition definition : session.metrics().definitions(organizationId)) {
      readings.stream()
          .filter(r -> r.metricId().equals(definition.id()))
          .findFirst()
          .ifPresent(r -> values.add(new MetricValue(definition, r)));
    }
    return values;
  }
}
