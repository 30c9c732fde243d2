package dev.customers.core.metrics;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import dev.customers.api.metrics.MetricService;

/** Binds {@link MetricService}. Installed by CustomersModule. */
public final class MetricsModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(MetricService.class).to(DefaultMetricService.class).in(Scopes.SINGLETON);
  }
}
