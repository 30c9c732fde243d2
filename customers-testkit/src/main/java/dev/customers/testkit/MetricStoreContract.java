package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.ConflictException;
import dev.customers.api.Page;
import dev.customers.api.metrics.MetricDefinition;
import dev.customers.api.metrics.MetricReading;
import dev.customers.api.metrics.MetricSpec;
import dev.customers.api.metrics.MetricSummary;
import dev.customers.api.roster.RosterEntry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.customers.api.spi.MetricStore}: definitions, readings, history and
 * summaries. An adapter's test extends it (or nests it) and says how to make its storage in {@link
 * #storageUnderTest()}.
 */
public abstract class MetricStoreContract extends StoreContractSupport {
  @Test
  void metrics_definitions_insert_byKey_duplicateKey_andVersionedUpdate() {
    MetricDefinition weight = metric(orgA, MetricSpec.gauge("weight", "Weight", "kg", 1));
    MetricDefinition visits = metric(orgA, MetricSpec.counter("visits", "Visits"));
    metric(orgB, MetricSpec.counter("visits", "Visits"));
    assertThat(list(s -> s.metrics().definitions(orgA.id()))).containsExactly(visits, weight);
    assertThatThrownBy(() -> metric(orgA, MetricSpec.counter("visits", "Again")))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.existingId()).contains(visits.id().toString()));
    MetricDefinition renamed =
        new MetricDefinition(
            weight.id(),
            orgA.id(),
            MetricSpec.gauge("weight", "Body weight", "lb", 2),
            weight.createdAt(),
            2);
    run(s -> s.metrics().update(renamed, 1));
    assertThat(list(s -> s.metrics().definitions(orgA.id()))).containsExactly(visits, renamed);
    assertThatThrownBy(() -> run(s -> s.metrics().update(renamed, 1)))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
  }

  @Test
  void metrics_append_keepsTheLatestReadingCurrent_evenWhenAnOlderOneIsBackFilled() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    MetricDefinition weight = metric(orgA, MetricSpec.gauge("weight", "Weight", "kg", 1));
    MetricDefinition visits = metric(orgA, MetricSpec.counter("visits", "Visits"));
    Instant early = now();
    MetricReading latest = reading(orgA, ada.id(), weight, "72.5", later());
    reading(orgA, ada.id(), weight, "80", early); // back-filled: not current
    MetricReading count = reading(orgA, ada.id(), visits, "3", later());
    assertThat(list(s -> s.metrics().current(orgA.id(), ada.id())))
        .containsExactlyInAnyOrder(latest, count);
    assertThat(optional(s -> s.metrics().currentForUpdate(orgA.id(), ada.id(), weight.id())))
        .contains(latest);
    assertThat(optional(s -> s.metrics().currentForUpdate(orgB.id(), ada.id(), weight.id())))
        .isEmpty();
    assertThat(latest.value()).isEqualByComparingTo("72.5");
  }

  @Test
  void metrics_history_inRange_newestFirst_paged() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    MetricDefinition weight = metric(orgA, MetricSpec.gauge("weight", "Weight", "kg", 1));
    Instant from = later();
    List<MetricReading> readings = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      readings.add(reading(orgA, ada.id(), weight, "7" + i + ".5", later()));
    }
    Instant to = later();
    reading(orgA, ada.id(), weight, "99", to); // at the exclusive end: outside
    List<MetricReading> seen = new ArrayList<>();
    String cursor = null;
    do {
      String after = cursor;
      Page<MetricReading> page =
          tx(s -> s.metrics().history(orgA.id(), ada.id(), weight.id(), from, to, 2, after));
      seen.addAll(page.items());
      cursor = page.nextCursor();
    } while (cursor != null);
    List<MetricReading> expected = new ArrayList<>(readings);
    java.util.Collections.reverse(expected);
    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void metrics_summary_countMinMaxAverageAndLast_orEmpty() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    MetricDefinition weight = metric(orgA, MetricSpec.gauge("weight", "Weight", "kg", 2));
    Instant from = later();
    reading(orgA, ada.id(), weight, "70.25", later());
    reading(orgA, ada.id(), weight, "80", later());
    MetricReading last = reading(orgA, ada.id(), weight, "71", later());
    Instant to = later();
    Optional<MetricSummary> summary =
        tx(s -> s.metrics().summary(orgA.id(), ada.id(), weight.id(), from, to));
    assertThat(summary)
        .contains(
            new MetricSummary(
                from,
                to,
                3,
                new BigDecimal("70.25"),
                new BigDecimal("80"),
                new BigDecimal("73.75"),
                last));
    Optional<MetricSummary> none =
        tx(
            s ->
                s.metrics()
                    .summary(orgA.id(), ada.id(), weight.id(), to, to.plus(Duration.ofDays(1))));
    assertThat(none).isEmpty();
  }
}
