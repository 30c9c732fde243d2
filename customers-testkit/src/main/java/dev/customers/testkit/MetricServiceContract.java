package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.InvalidStateException;
import dev.customers.api.NotFoundException;
import dev.customers.api.PageRequest;
import dev.customers.api.ValidationException;
import dev.customers.api.metrics.MetricReading;
import dev.customers.api.metrics.MetricSpec;
import dev.customers.api.metrics.MetricSummary;
import dev.customers.api.roster.Comparison;
import dev.customers.api.roster.CustomerFilter;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.RosterEntry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of the metric service: counters, gauges, history and summaries, end to end over the
 * storage the subclass supplies in {@link #storageUnderTest()}.
 */
public abstract class MetricServiceContract extends ServiceContractSupport {
  @Test
  void metrics_countersGaugesHistoryAndSummary() {
    CustomerProfile ada = add("Ada", "Lovelace");
    sdk().sdk().metrics().define(sdk().admin(), MetricSpec.counter("visits", "Visits"));
    sdk().sdk().metrics().define(sdk().admin(), MetricSpec.gauge("weight", "Weight", "kg", 1));
    Instant start = sdk().clock().instant();
    sdk().sdk().metrics().increment(sdk().staff(), ada.id(), "visits", BigDecimal.ONE, "checkin");
    sdk().clock().advance(Duration.ofMinutes(1));
    MetricReading second =
        sdk()
            .sdk()
            .metrics()
            .increment(sdk().staff(), ada.id(), "visits", new BigDecimal("2"), "checkin");
    assertThat(second.value()).isEqualByComparingTo("3");
    sdk()
        .sdk()
        .metrics()
        .record(
            sdk().staff(),
            ada.id(),
            "weight",
            new BigDecimal("72.5"),
            sdk().clock().instant(),
            "scale");
    sdk()
        .sdk()
        .metrics()
        .record(
            sdk().staff(),
            ada.id(),
            "weight",
            new BigDecimal("74.0"),
            start.minus(Duration.ofDays(7)),
            "import");
    assertThat(sdk().sdk().metrics().current(sdk().staff(), ada.id()))
        .extracting(v -> v.key() + "=" + v.value().toPlainString())
        .containsExactly("visits=3", "weight=72.5");
    assertThatThrownBy(
            () ->
                sdk()
                    .sdk()
                    .metrics()
                    .increment(sdk().staff(), ada.id(), "weight", BigDecimal.ONE, "x"))
        .isInstanceOf(InvalidStateException.class);
    assertThatThrownBy(
            () ->
                sdk()
                    .sdk()
                    .metrics()
                    .record(
                        sdk().staff(),
                        ada.id(),
                        "weight",
                        new BigDecimal("72.55"),
                        sdk().clock().instant(),
                        "scale"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).value()).isEqualTo("72.55"));
    assertThatThrownBy(
            () ->
                sdk()
                    .sdk()
                    .metrics()
                    .record(
                        sdk().staff(),
                        ada.id(),
                        "weight",
                        BigDecimal.TEN,
                        sdk().clock().instant().plusSeconds(60),
                        "scale"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () ->
                sdk()
                    .sdk()
                    .metrics()
                    .increment(sdk().staff(), ada.id(), "nope", BigDecimal.ONE, "x"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                sdk()
                    .sdk()
                    .metrics()
                    .record(
                        sdk().staff(),
                        ada.id(),
                        "weight",
                        new BigDecimal("1e999999999"),
                        sdk().clock().instant(),
                        "scale"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).value()).isEqualTo("1E+999999999"));
    Instant end = sdk().clock().instant().plusSeconds(1);
    assertThat(
            sdk()
                .sdk()
                .metrics()
                .history(
                    sdk().staff(),
                    ada.id(),
                    "weight",
                    start.minus(Duration.ofDays(30)),
                    end,
                    PageRequest.first(10))
                .items())
        .extracting(r -> r.value().toPlainString())
        .containsExactly("72.5", "74");
    Optional<MetricSummary> summary =
        sdk().sdk().metrics().summary(sdk().staff(), ada.id(), "visits", start, end);
    assertThat(summary)
        .hasValueSatisfying(
            s -> {
              assertThat(s.count()).isEqualTo(2);
              assertThat(s.min()).isEqualByComparingTo("1");
              assertThat(s.max()).isEqualByComparingTo("3");
              assertThat(s.average()).isEqualByComparingTo("2");
              assertThat(s.last()).isEqualTo(second);
            });
    assertThat(
            sdk()
                .roster()
                .list(
                    sdk().staff(),
                    CustomerQuery.active()
                        .withFilter(
                            CustomerFilter.metric("visits", Comparison.GE, new BigDecimal("3"))))
                .items())
        .extracting(RosterEntry::id)
        .containsExactly(ada.id());
  }
}
