package dev.customers.core.memory;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.MetricId;
import dev.customers.api.NotFoundException;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.metrics.MetricDefinition;
import dev.customers.api.metrics.MetricReading;
import dev.customers.api.metrics.MetricSummary;
import dev.customers.api.spi.Cursors;
import dev.customers.api.spi.Decimals;
import dev.customers.api.spi.MetricStore;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Metric definitions and readings in memory, with the current reading kept on write. */
final class InMemoryMetricStore implements MetricStore {
  private static final Comparator<MetricReading> LATEST_FIRST =
      Comparator.comparing(MetricReading::at).thenComparing(r -> r.id().toString()).reversed();
  private final ProfileTables tables;
  private final Changes changes;

  InMemoryMetricStore(ProfileTables tables, Changes changes) {
    this.tables = tables;
    this.changes = changes;
  }

  @Override
  public void insert(MetricDefinition definition) {
    for (MetricDefinition other :
        Maps.peek(tables.metricDefinitions, definition.organizationId()).values()) {
      if (other.key().equals(definition.key())) {
        throw new ConflictException(
            ConflictException.Reason.DUPLICATE,
            "metric key " + definition.key() + " is already used by metric " + other.id(),
            other.id().toString());
      }
    }
    changes.put(
        Maps.inner(tables.metricDefinitions, definition.organizationId()),
        definition.id(),
        definition);
  }

  @Override
  public void update(MetricDefinition definition, long expectedVersion) {
    MetricDefinition stored =
        Maps.peek(tables.metricDefinitions, definition.organizationId()).get(definition.id());
    if (stored == null) {
      throw new NotFoundException("metric", definition.id());
    }
    if (stored.version() != expectedVersion) {
      throw ConflictException.staleVersion(
          "metric", definition.id(), expectedVersion, stored.version());
    }
    changes.put(
        Maps.inner(tables.metricDefinitions, definition.organizationId()),
        definition.id(),
        definition);
  }

  @Override
  public List<MetricDefinition> definitions(OrganizationId organizationId) {
    return Maps.peek(tables.metricDefinitions, organizationId).values().stream()
        .sorted(Comparator.comparing(MetricDefinition::key))
        .toList();
  }

  @Override
  public void append(MetricReading reading) {
    OrganizationId org = reading.organizationId();
    Map<CustomerId, List<MetricReading>> byCustomer = Maps.inner(tables.readings, org);
    changes.put(
        byCustomer,
        reading.customerId(),
        Maps.appended(byCustomer.get(reading.customerId()), reading));
    Map<MetricId, MetricReading> current =
        Maps.inner(Maps.inner(tables.currentMetrics, org), reading.customerId());
    MetricReading before = current.get(reading.metricId());
    if (before == null || LATEST_FIRST.compare(reading, before) < 0) {
      changes.put(current, reading.metricId(), reading);
    }
  }

  @Override
  public List<MetricReading> current(OrganizationId organizationId, CustomerId customerId) {
    return List.copyOf(
        Maps.peek(tables.currentMetrics, organizationId)
            .getOrDefault(customerId, Map.of())
            .values());
  }

  @Override
  public Optional<MetricReading> currentForUpdate(
      OrganizationId organizationId, CustomerId customerId, MetricId metricId) {
    // Transactions are serialized by the storage's write lock, which is all the holding needed
    // here.
    return Optional.ofNullable(
        Maps.peek(tables.currentMetrics, organizationId)
            .getOrDefault(customerId, Map.of())
            .get(metricId));
  }

  private List<MetricReading> inRange(
      OrganizationId organizationId,
      CustomerId customerId,
      MetricId metricId,
      Instant from,
      Instant to) {
    return Maps.peek(tables.readings, organizationId).getOrDefault(customerId, List.of()).stream()
        .filter(r -> r.metricId().equals(metricId) && !r.at().isBefore(from) && r.at().isBefore(to))
        .sorted(LATEST_FIRST)
        .toList();
  }

  @Override
  public Page<MetricReading> history(
      OrganizationId organizationId,
      CustomerId customerId,
      MetricId metricId,
      Instant from,
      Instant to,
      int limit,
      @Nullable String cursor) {
    Cursors.Keys after = cursor == null ? null : Cursors.read(cursor, "metric-history", 2);
    Instant afterAt = after == null ? null : after.instant(0);
    List<MetricReading> matches =
        inRange(organizationId, customerId, metricId, from, to).stream()
            .filter(r -> after == null || afterAt == null || isOlder(r, afterAt, after.text(1)))
            .toList();
    if (matches.size() <= limit) {
      return Page.last(matches);
    }
    List<MetricReading> page = matches.subList(0, limit);
    MetricReading last = page.get(limit - 1);
    return new Page<>(
        page, Cursors.encode("metric-history", last.at().toString(), last.id().toString()));
  }

  private static boolean isOlder(MetricReading reading, Instant at, String id) {
    int byTime = reading.at().compareTo(at);
    return byTime != 0 ? byTime < 0 : reading.id().toString().compareTo(id) < 0;
  }

  @Override
  public Optional<MetricSummary> summary(
      OrganizationId organizationId,
      CustomerId customerId,
      MetricId metricId,
      Instant from,
      Instant to) {
    List<MetricReading> found = inRange(organizationId, customerId, metricId, from, to);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal min =
        found.stream().map(MetricReading::value).min(Comparator.naturalOrder()).orElseThrow();
    BigDecimal max =
        found.stream().map(MetricReading::value).max(Comparator.naturalOrder()).orElseThrow();
    BigDecimal sum =
        found.stream().map(MetricReading::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal average = sum.divide(BigDecimal.valueOf(found.size()), MathContext.DECIMAL64);
    return Optional.of(
        new MetricSummary(
            from,
            to,
            found.size(),
            Decimals.canonical(min),
            Decimals.canonical(max),
            Decimals.canonical(
                average.setScale(MetricSummary.AVERAGE_SCALE, java.math.RoundingMode.HALF_EVEN)),
            found.get(0)));
  }
}
