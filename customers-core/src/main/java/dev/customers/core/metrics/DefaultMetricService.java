package dev.customers.core.metrics;

import static java.util.Objects.requireNonNull;

import dev.customers.api.Caller;
import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.FieldError;
import dev.customers.api.InvalidStateException;
import dev.customers.api.MetricId;
import dev.customers.api.NotFoundException;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.StaffRole;
import dev.customers.api.ValidationException;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.metrics.MetricDefinition;
import dev.customers.api.metrics.MetricKind;
import dev.customers.api.metrics.MetricReading;
import dev.customers.api.metrics.MetricService;
import dev.customers.api.metrics.MetricSpec;
import dev.customers.api.metrics.MetricSummary;
import dev.customers.api.metrics.MetricValue;
import dev.customers.api.spi.Decimals;
import dev.customers.api.spi.StoreSession;
import dev.customers.api.spi.StoredText;
import dev.customers.core.internal.Limits;
import dev.customers.core.internal.Lookups;
import dev.customers.core.internal.MetricReads;
import dev.customers.core.internal.Texts;
import dev.customers.core.internal.Transactions;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class DefaultMetricService implements MetricService {

  private final Transactions transactions;

  @Inject
  DefaultMetricService(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public MetricDefinition define(Caller caller, MetricSpec spec) {
    requireNonNull(spec, "spec");
    MetricSpec checked = check(spec);
    return transactions.write(
        caller,
        work -> {
          work.permissions().requireStaff(StaffRole.ADMIN, "define metrics");
          MetricDefinition definition =
              new MetricDefinition(
                  MetricId.of(work.newId()), work.organization().id(), checked, work.now(), 1);
          work.session().metrics().insert(definition);
          return definition;
        });
  }

  @Override
  public MetricDefinition update(
      Caller caller, MetricId id, long expectedVersion, MetricSpec spec) {
    requireNonNull(id, "id");
    requireNonNull(spec, "spec");
    MetricSpec checked = check(spec);
    return transactions.write(
        caller,
        work -> {
          work.permissions().requireStaff(StaffRole.ADMIN, "change metrics");
          MetricDefinition stored =
              work.session().metrics().definitions(work.organization().id()).stream()
                  .filter(d -> d.id().equals(id))
                  .findFirst()
                  .orElseThrow(() -> new NotFoundException("metric", id));
          if (stored.version() != expectedVersion) {
            throw ConflictException.staleVersion("metric", id, expectedVersion, stored.version());
          }
          List<FieldError> errors = new ArrayList<>();
          if (!checked.key().equals(stored.key())) {
            errors.add(
                new FieldError("key", checked.key(), "cannot change (it is " + stored.key() + ")"));
          }
          if (checked.kind() != stored.spec().kind()) {
            errors.add(
                new FieldError(
                    "kind",
                    checked.kind().name(),
                    "cannot change (it is " + stored.spec().kind() + ")"));
          }
          Texts.check(errors);
          MetricDefinition updated =
              new MetricDefinition(
                  id, stored.organizationId(), checked, stored.createdAt(), stored.version() + 1);
          work.session().metrics().update(updated, stored.version());
          return updated;
        });
  }

  @Override
  public List<MetricDefinition> definitions(Caller caller) {
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          permissions.requireStaff(StaffRole.STAFF, "read metrics");
          return session.metrics().definitions(organization.id());
        });
  }

  @Override
  public MetricReading record(
      Caller caller,
      CustomerId customerId,
      String key,
      BigDecimal value,
      Instant at,
      String source) {
    requireNonNull(customerId, "customerId");
    requireNonNull(key, "key");
    requireNonNull(value, "value");
    requireNonNull(at, "at");
    String checkedSource = checkSource(source);
    return transactions.write(
        caller,
        work -> {
          work.permissions().requireStaff(StaffRole.STAFF, "record metrics");
          Lookups.customer(work.session(), work.organization().id(), customerId);
          MetricDefinition metric = byKey(work.session(), work.organization().id(), key);
          if (at.isAfter(work.now())) {
            throw ValidationException.of("at", at.toString(), "is in the future");
          }
          if (at.isBefore(Limits.EARLIEST)) {
            throw ValidationException.of(
                "at",
                at.toString(),
                "is before " + Limits.EARLIEST + ", the earliest a reading may be");
          }
          BigDecimal checked = checkValue(metric, "value", value);
          MetricReading reading =
              new MetricReading(
                  work.newId(),
                  work.organization().id(),
                  customerId,
                  metric.id(),
                  checked,
                  at.truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                  checkedSource,
                  caller.actor().key());
          work.session().metrics().append(reading);
          work.publish(
              new CustomerEvent.MetricRecorded(
                  work.newId(),
                  work.organization().id(),
                  customerId,
                  metric.key(),
                  reading.value(),
                  work.now(),
                  caller.actor().describe()));
          return reading;
        });
  }

  @Override
  public MetricReading increment(
      Caller caller, CustomerId customerId, String key, BigDecimal by, String source) {
    requireNonNull(customerId, "customerId");
    requireNonNull(key, "key");
    requireNonNull(by, "by");
    String checkedSource = checkSource(source);
    if (by.signum() <= 0) {
      throw ValidationException.of(
          "by", by.toString(), "must be more than zero: counters only count up");
    }
    return transactions.write(
        caller,
        work -> {
          work.permissions().requireStaff(StaffRole.STAFF, "record metrics");
          Lookups.customer(work.session(), work.organization().id(), customerId);
          MetricDefinition metric = byKey(work.session(), work.organization().id(), key);
          if (metric.spec().kind() != MetricKind.COUNTER) {
            throw new InvalidStateException(
                "metric " + key + " is a gauge: record its value instead of incrementing it");
          }
          checkValue(metric, "by", by);
          Optional<MetricReading> current =
              work.session()
                  .metrics()
                  .currentForUpdate(work.organization().id(), customerId, metric.id());
          BigDecimal total =
              checkValue(
                  metric,
                  "value",
                  current.map(MetricReading::value).orElse(BigDecimal.ZERO).add(by));
          // The call's "now" was taken before it waited for the lock: a writer that got in first
          // may hold
          // a later time, and the new total must still come after it to become current.
          Instant at = work.now();
          if (current.isPresent() && !current.get().at().isBefore(at)) {
            at = current.get().at().plus(1, java.time.temporal.ChronoUnit.MICROS);
          }
          MetricReading reading =
              new MetricReading(
                  work.newId(),
                  work.organization().id(),
                  customerId,
                  metric.id(),
                  total,
                  at,
                  checkedSource,
                  caller.actor().key());
          work.session().metrics().append(reading);
          work.publish(
              new CustomerEvent.MetricRecorded(
                  work.newId(),
                  work.organization().id(),
                  customerId,
                  metric.key(),
                  reading.value(),
                  work.now(),
                  caller.actor().describe()));
          return reading;
        });
  }

  @Override
  public List<MetricValue> current(Caller caller, CustomerId customerId) {
    requireNonNull(customerId, "customerId");
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          permissions.requireStaff(StaffRole.STAFF, "read metrics");
          Lookups.customer(session, organization.id(), customerId);
          return MetricReads.currentValues(session, organization.id(), customerId);
        });
  }

  @Override
  public Page<MetricReading> history(
      Caller caller,
      CustomerId customerId,
      String key,
      Instant from,
      Instant to,
      PageRequest page) {
    requireNonNull(page, "page");
    return inRange(
        caller,
        customerId,
        key,
        from,
        to,
        (session, organizationId, metric) ->
            session
                .metrics()
                .history(
                    organizationId,
                    customerId,
                    metric.id(),
                    Limits.clamp(from),
                    Limits.clamp(to),
                    page.limit(),
                    page.cursor()));
  }

  @Override
  public Optional<MetricSummary> summary(
      Caller caller, CustomerId customerId, String key, Instant from, Instant to) {
    return inRange(
        caller,
        customerId,
        key,
        from,
        to,
        (session, organizationId, metric) ->
            session
                .metrics()
                .summary(
                    organizationId, customerId, metric.id(), Limits.clamp(from), Limits.clamp(to)));
  }

  private interface RangeRead<T> {
    T read(StoreSession session, OrganizationId organizationId, MetricDefinition metric);
  }

  private <T> T inRange(
      Caller caller,
      CustomerId customerId,
      String key,
      Instant from,
      Instant to,
      RangeRead<T> read) {
    requireNonNull(customerId, "customerId");
    requireNonNull(key, "key");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw ValidationException.of("to", to.toString(), "must be after from (" + from + ")");
    }
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          permissions.requireStaff(StaffRole.STAFF, "read metrics");
          Lookups.customer(session, organization.id(), customerId);
          return read.read(session, organization.id(), byKey(session, organization.id(), key));
        });
  }

  static MetricDefinition byKey(StoreSession session, OrganizationId organizationId, String key) {
    Texts.requireKey("key", key);
    return session.metrics().definitions(organizationId).stream()
        .filter(d -> d.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("metric", key));
  }

  private static BigDecimal checkValue(MetricDefinition metric, String field, BigDecimal value) {
    // Limits.requireFits works on the unexpanded value: "1e999999999" must not become a billion
    // digits, nor a million-digit number be stripped digit by digit.
    Limits.requireFits(field, value, metric.spec().decimals(), "metric " + metric.key());
    return Decimals.canonical(value);
  }

  private static String checkSource(String source) {
    List<FieldError> errors = new ArrayList<>();
    String checked = Texts.line("source", source, 1, StoredText.SOURCE, errors);
    Texts.check(errors);
    return checked;
  }

  private static MetricSpec check(MetricSpec spec) {
    List<FieldError> errors = new ArrayList<>();
    Texts.key("key", spec.key(), errors);
    String name = Texts.line("name", spec.name(), 1, StoredText.LABEL, errors);
    String unit = Texts.line("unit", spec.unit(), 0, StoredText.UNIT, errors);
    if (spec.decimals() < 0 || spec.decimals() > Limits.SCALE) {
      errors.add(
          new FieldError(
              "decimals",
              Integer.toString(spec.decimals()),
              "must be between 0 and " + Limits.SCALE));
    }
    Texts.check(errors);
    return new MetricSpec(spec.key(), name, unit, spec.kind(), spec.decimals());
  }
}
