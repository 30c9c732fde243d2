package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.PageRequest;
import dev.customers.api.ValidationException;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.fields.FieldValue;
import dev.customers.api.fields.FieldValues;
import dev.customers.api.metrics.MetricReading;
import dev.customers.api.metrics.MetricSpec;
import dev.customers.api.roster.Comparison;
import dev.customers.api.roster.CustomerFilter;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.RosterEntry;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Decimals and instants outside what the stores hold, as stored values and as filter operands: each
 * is refused at once with a {@link ValidationException} naming the input, or stored and compared
 * exactly as in Java, on every adapter. A million-digit number, an exponent of a billion, one
 * decimal too many, the largest value allowed, and instants from {@link Instant#MIN} to {@link
 * Instant#MAX}.
 */
public abstract class NumberAndTimeLimitsContract extends ServiceContractSupport {
  /** Far above what any check here needs; the quadratic parse this guards against took 24 s. */
  private static final Duration AT_ONCE = Duration.ofSeconds(2);

  private static List<BigDecimal> decimals() {
    List<BigDecimal> values = new ArrayList<>();
    values.add(new BigDecimal(BigInteger.TEN.pow(300_000)));
    values.add(new BigDecimal(BigInteger.TEN.pow(300_000).add(BigInteger.ONE), 300_000));
    values.add(new BigDecimal("1E+999999999"));
    values.add(new BigDecimal("1E-999999999"));
    values.add(new BigDecimal("-1E+999999"));
    values.add(new BigDecimal("1E-999999"));
    values.add(new BigDecimal("0E-999999"));
    values.add(new BigDecimal("99999999999999999999.999999"));
    values.add(new BigDecimal("-99999999999999999999.999999"));
    values.add(new BigDecimal("100000000000000000000"));
    values.add(new BigDecimal("0.0000001"));
    values.add(new BigDecimal("12.500000000000000000000000000000000000000000000"));
    values.add(new BigDecimal("42"));
    values.add(new BigDecimal("-0.5"));
    return values;
  }

  private static boolean fitsTheColumns(BigDecimal value) {
    if (value.unscaledValue().bitLength() > 100) {
      return false;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() <= 6 && stripped.precision() - stripped.scale() <= 20;
  }

  @Test
  void metricValues_andMetricFilterOperands_areRefusedAtOnce_orStoredAndComparedExactly() {
    Caller owner = t.owner();
    CustomerId ada = t.roster().add(owner, Fixtures.details("Ada", "Lovelace")).id();
    t.sdk().metrics().define(owner, MetricSpec.gauge("reading", "Reading", "x", 6));
    BigDecimal stored = null;
    for (BigDecimal value : decimals()) {
      t.clock().advance(Duration.ofSeconds(1));
      boolean fits = fitsTheColumns(value);
      MetricReading reading =
          refusedOrDone(
              "value",
              fits,
              () ->
                  t.sdk()
                      .metrics()
                      .record(owner, ada, "reading", value, t.clock().instant(), "test"));
      if (reading != null) {
        assertThat(reading.value()).isEqualByComparingTo(value);
        assertThat(t.sdk().metrics().current(owner, ada).get(0).current().value())
            .isEqualByComparingTo(value);
        stored = value;
      }
    }
    assertThat(stored).as("some value fits").isNotNull();
    BigDecimal current = java.util.Objects.requireNonNull(stored, "a stored value");
    for (BigDecimal operand : decimals()) {
      for (Comparison comparison : List.of(Comparison.LT, Comparison.GT, Comparison.EQ)) {
        CustomerQuery query =
            CustomerQuery.active()
                .withFilter(CustomerFilter.metric("reading", comparison, operand));
        List<RosterEntry> found =
            refusedOrDone(
                "filter.reading",
                fitsTheColumns(operand),
                () -> t.roster().list(owner, query).items());
        if (found != null) {
          boolean matches = comparison.test(current.compareTo(operand));
          assertThat(found).as(comparison + " " + operand).hasSize(matches ? 1 : 0);
        }
      }
    }
  }

  @Test
  void increments_areRefusedAtOnce_orAddedExactly() {
    Caller owner = t.owner();
    CustomerId ada = t.roster().add(owner, Fixtures.details("Ada", "Lovelace")).id();
    t.sdk().metrics().define(owner, MetricSpec.counter("visits", "Visits"));
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal by : decimals()) {
      t.clock().advance(Duration.ofSeconds(1));
      // A counter counts up by whole numbers.
      boolean fits = fitsTheColumns(by) && by.signum() > 0 && by.stripTrailingZeros().scale() <= 0;
      BigDecimal after = fits ? total.add(by) : total;
      fits = fits && fitsTheColumns(after);
      MetricReading reading =
          refusedOrDone(
              fits ? "by" : null,
              fits,
              () -> t.sdk().metrics().increment(owner, ada, "visits", by, "desk"));
      if (reading != null) {
        total = after;
        assertThat(reading.value()).isEqualByComparingTo(total);
      }
    }
  }

  @Test
  void decimalFieldValues_andFieldFilterOperands_areRefusedAtOnce_orStoredAndComparedExactly() {
    Caller owner = t.owner();
    CustomerId ada = t.roster().add(owner, Fixtures.details("Ada", "Lovelace")).id();
    t.sdk().fields().define(owner, FieldSpec.of("size", "Size", FieldType.DECIMAL));
    // Each text with the number it stands for, when that number is small enough to work with.
    List<String> texts = new ArrayList<>();
    List<@Nullable BigDecimal> numbers = new ArrayList<>();
    for (BigDecimal d : decimals()) {
      boolean shortText = Math.abs(d.scale()) < 1000;
      boolean small = d.unscaledValue().bitLength() <= 100 && (shortText || d.signum() == 0);
      texts.add(shortText ? d.toPlainString() : d.toString());
      numbers.add(small ? d : null);
    }
    texts.add("1" + "0".repeat(300_000));
    numbers.add(null);
    texts.add("1e999999999");
    numbers.add(null);
    BigDecimal stored = null;
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      BigDecimal value = numbers.get(i);
      List<FieldValue> values =
          refusedOrDone(
              "fields.size",
              value != null && fitsTheColumns(value),
              () -> t.sdk().fields().setValues(owner, ada, FieldValues.of("size", text)));
      if (values != null && value != null) {
        assertThat(new BigDecimal(values.get(0).values().get(0))).isEqualByComparingTo(value);
        stored = value;
      }
    }
    assertThat(stored).isNotNull();
    BigDecimal current = java.util.Objects.requireNonNull(stored, "a stored value");
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      BigDecimal operand = numbers.get(i);
      CustomerQuery query =
          CustomerQuery.active().withFilter(CustomerFilter.field("size", Comparison.GE, text));
      List<RosterEntry> found =
          refusedOrDone(
              "filter.size",
              operand != null && fitsTheColumns(operand),
              () -> t.roster().list(owner, query).items());
      if (found != null && operand != null) {
        assertThat(found).as("GE " + text).hasSize(current.compareTo(operand) >= 0 ? 1 : 0);
      }
    }
  }

  @Test
  void readingInstants_outsideWhatTheStoresKeep_areRefused_andAnyQueryRangeIsClamped() {
    Caller owner = t.owner();
    CustomerId ada = t.roster().add(owner, Fixtures.details("Ada", "Lovelace")).id();
    t.sdk().metrics().define(owner, MetricSpec.counter("visits", "Visits"));
    List<Instant> refused =
        List.of(
            Instant.MIN,
            Instant.parse("0000-01-01T00:00:00Z"),
            Instant.parse("1899-12-31T23:59:59.999999Z"),
            Instant.MAX,
            t.clock().instant().plusSeconds(1));
    for (Instant at : refused) {
      refusedOrDone(
          "at",
          false,
          () -> t.sdk().metrics().record(owner, ada, "visits", BigDecimal.ONE, at, "import"));
    }
    Instant earliest = Instant.parse("1900-01-01T00:00:00Z");
    t.sdk().metrics().record(owner, ada, "visits", BigDecimal.ONE, earliest, "import");
    t.sdk().metrics().record(owner, ada, "visits", BigDecimal.TEN, t.clock().instant(), "import");
    assertThat(
            t.sdk()
                .metrics()
                .history(owner, ada, "visits", Instant.MIN, Instant.MAX, PageRequest.first(10))
                .items())
        .extracting(MetricReading::at)
        .containsExactly(t.clock().instant(), earliest);
    assertThat(t.sdk().metrics().summary(owner, ada, "visits", Instant.MIN, Instant.MAX))
        .hasValueSatisfying(
            s -> {
              assertThat(s.count()).isEqualTo(2);
              assertThat(s.max()).isEqualByComparingTo(BigDecimal.TEN);
            });
  }

  /**
   * The call's result, or null when it was refused as it should be: a validation error naming
   * {@code field} (any field when null) with a short message, at once.
   */
  private static <T> @Nullable T refusedOrDone(
      @Nullable String field, boolean fits, Supplier<T> call) {
    long started = System.nanoTime();
    try {
      T result = call.get();
      if (!fits) {
        fail("expected a validation error naming " + field + ", but the call succeeded");
      }
      return result;
    } catch (ValidationException e) {
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertThat(took).as("time to refuse").isLessThan(AT_ONCE);
      assertThat(e.getMessage()).as("message length").hasSizeLessThan(500);
      if (field != null) {
        assertThat(e.errors()).extracting(err -> err.field()).contains(field);
      }
      if (fits) {
        throw new AssertionError("refused a value that fits: " + e.getMessage(), e);
      }
      return null;
    }
  }
}
