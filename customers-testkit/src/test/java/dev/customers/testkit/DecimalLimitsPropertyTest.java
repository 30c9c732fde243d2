package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.ValidationException;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.fields.FieldValue;
import dev.customers.api.fields.FieldValues;
import dev.customers.api.metrics.MetricSpec;
import dev.customers.api.roster.Comparison;
import dev.customers.api.roster.CustomerFilter;
import dev.customers.api.roster.CustomerQuery;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Random decimals (up to 60 digits, exponents up to a billion either way, either sign) as a metric
 * value, a decimal field's value and a filter operand: each is refused with a validation error
 * naming the input, quickly, exactly when it does not fit the columns (20 digits before the point,
 * the metric's or field's decimals after), and otherwise stored and compared exactly.
 */
class DecimalLimitsPropertyTest {
  private TestCustomers t;
  private Caller owner;
  private CustomerId ada;

  @BeforeProperty
  void start() {
    t = TestCustomers.inMemory();
    owner = t.owner();
    ada = t.roster().add(owner, Fixtures.details("Ada", "Lovelace")).id();
    t.sdk().metrics().define(owner, MetricSpec.gauge("reading", "Reading", "x", 6));
    t.sdk().fields().define(owner, FieldSpec.of("size", "Size", FieldType.DECIMAL));
  }

  @AfterProperty
  void stop() {
    t.close();
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    Arbitrary<BigInteger> unscaled =
        Arbitraries.strings()
            .withCharRange('0', '9')
            .ofMinLength(1)
            .ofMaxLength(60)
            .map(BigInteger::new)
            .flatMap(n -> Arbitraries.of(n, n.negate()));
    Arbitrary<Integer> scale =
        Arbitraries.oneOf(
            Arbitraries.integers().between(-30, 30),
            Arbitraries.integers().between(-1_000_000_000, 1_000_000_000));
    return Combinators.combine(unscaled, scale).as(BigDecimal::new);
  }

  private static boolean fits(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return value.unscaledValue().bitLength() <= 100
        && stripped.scale() <= 6
        && stripped.precision() - stripped.scale() <= 20;
  }

  @Property(tries = 300)
  void aDecimal_isRefusedExactlyWhenItDoesNotFit_andStoredExactlyWhenItDoes(
      @ForAll("decimals") BigDecimal value) {
    t.clock().advance(Duration.ofSeconds(1));
    boolean fits = fits(value);
    long started = System.nanoTime();
    try {
      BigDecimal read =
          t.sdk()
              .metrics()
              .record(owner, ada, "reading", value, t.clock().instant(), "test")
              .value();
      assertThat(fits).as("stored " + value).isTrue();
      assertThat(read).isEqualByComparingTo(value);
      int matches =
          t.roster()
              .list(
                  owner,
                  CustomerQuery.active()
                      .withFilter(CustomerFilter.metric("reading", Comparison.EQ, value)))
              .items()
              .size();
      assertThat(matches).as("the stored value equals itself as an operand").isEqualTo(1);
    } catch (ValidationException refused) {
      assertThat(fits).as("refused " + value + ": " + refused.getMessage()).isFalse();
      assertThat(refused.errors()).extracting(e -> e.field()).containsExactly("value");
      assertThat(refused.getMessage()).hasSizeLessThan(500);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
  }

  @Property(tries = 300)
  void aDecimalFieldValue_isRefusedExactlyWhenItDoesNotFit(@ForAll("decimals") BigDecimal value) {
    boolean fits = fits(value);
    String text = value.toString();
    try {
      List<FieldValue> stored =
          t.sdk().fields().setValues(owner, ada, FieldValues.of("size", text));
      assertThat(fits).as("stored " + text).isTrue();
      assertThat(new BigDecimal(stored.get(0).values().get(0))).isEqualByComparingTo(value);
    } catch (ValidationException refused) {
      assertThat(fits).as("refused " + text + ": " + refused.getMessage()).isFalse();
      assertThat(refused.errors()).extracting(e -> e.field()).containsExactly("fields.size");
    }
  }
}
