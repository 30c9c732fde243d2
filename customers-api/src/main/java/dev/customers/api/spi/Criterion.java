package dev.customers.api.spi;

import static java.util.Objects.requireNonNull;

import dev.customers.api.FieldId;
import dev.customers.api.MetricId;
import dev.customers.api.TagId;
import dev.customers.api.accounts.ClaimStatus;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.fields.FieldScope;
import dev.customers.api.fields.FieldType;
import dev.customers.api.roster.Comparison;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A roster filter as a store receives it: the service has resolved keys to ids, checked the caller
 * may use every field in it, and put every operand in canonical form. A store evaluates it in its
 * query (SQL {@code EXISTS}, say) alongside status, sort and cursor.
 */
public sealed interface Criterion {

  /**
   * The criterion that keeps every customer.
   *
   * @return the criterion that keeps every customer
   */
  static Criterion none() {
    return new All(List.of());
  }

  /**
   * Whether this criterion keeps every customer (an empty {@link All}).
   *
   * @return whether this criterion keeps every customer (an empty {@link All})
   */
  default boolean isNone() {
    return this instanceof All all && all.criteria().isEmpty();
  }

  /**
   * Calls the visitor's method for this kind of criterion. Every adapter evaluates criteria through
   * a {@link Visitor}, so a new kind of criterion does not compile until each adapter handles it.
   *
   * @param <R> the visitor's result type
   * @param visitor what to do for each kind
   * @return what the visitor returned
   */
  <R> R accept(Visitor<R> visitor);

  /** One method per kind of criterion: how an adapter evaluates (or translates) each. */
  interface Visitor<R> {
    /**
     * The customer has the tag.
     *
     * @param criterion the criterion
     * @return the customer has the tag
     */
    R hasTag(HasTag criterion);

    /**
     * A field value compares as asked.
     *
     * @param criterion the criterion
     * @return a field value compares as asked
     */
    R fieldCompare(FieldCompare criterion);

    /**
     * A field holds any value.
     *
     * @param criterion the criterion
     * @return a field holds any value
     */
    R fieldSet(FieldSet criterion);

    /**
     * A metric's current value compares as asked.
     *
     * @param criterion the criterion
     * @return a metric's current value compares as asked
     */
    R metricCompare(MetricCompare criterion);

    /**
     * The current consent to a purpose is a status.
     *
     * @param criterion the criterion
     * @return the current consent to a purpose is a status
     */
    R consentIs(ConsentIs criterion);

    /**
     * The account's claim status is as asked at the criterion's time.
     *
     * @param criterion the criterion
     * @return whether the account's claim status is as asked
     */
    R claimIs(ClaimIs criterion);

    /**
     * Every criterion holds.
     *
     * @param criterion the criterion
     * @return every criterion holds
     */
    R all(All criterion);

    /**
     * At least one criterion holds.
     *
     * @param criterion the criterion
     * @return the visitor's result
     */
    R any(Any criterion);
  }

  /** The customer has the tag. */
  record HasTag(TagId tag) implements Criterion {
    /**
     * Checks the components.
     *
     * @param tag the tag
     */
    public HasTag {
      requireNonNull(tag, "tag");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.hasTag(this);
    }
  }

  /**
   * The field holds a value that compares as asked with {@code value}: as a number for NUMBER and
   * DECIMAL, as a date for DATE, and as canonical text (EQ only) for every other type. A value is
   * kept by person id for PERSON fields and by customer id for ROSTER fields.
   */
  record FieldCompare(
      FieldId field, FieldScope scope, FieldType type, Comparison comparison, String value)
      implements Criterion {
    /**
     * Checks the components.
     *
     * @param comparison how to compare
     * @param field the field
     * @param scope whose value it is: the person's or the roster's
     * @param type the type
     * @param value the value
     */
    public FieldCompare {
      requireNonNull(field, "field");
      requireNonNull(scope, "scope");
      requireNonNull(type, "type");
      requireNonNull(comparison, "comparison");
      requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.fieldCompare(this);
    }
  }

  /** The field holds any value. */
  record FieldSet(FieldId field, FieldScope scope) implements Criterion {
    /**
     * Checks the components.
     *
     * @param field the field
     * @param scope whose value it is: the person's or the roster's
     */
    public FieldSet {
      requireNonNull(field, "field");
      requireNonNull(scope, "scope");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.fieldSet(this);
    }
  }

  /** The metric's current value compares as asked with {@code value}. */
  record MetricCompare(MetricId metric, Comparison comparison, BigDecimal value)
      implements Criterion {
    /**
     * Checks the components.
     *
     * @param comparison how to compare
     * @param metric the metric
     * @param value the value
     */
    public MetricCompare {
      requireNonNull(metric, "metric");
      requireNonNull(comparison, "comparison");
      requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.metricCompare(this);
    }
  }

  /** The current consent to the purpose is {@code status} (UNKNOWN: nothing recorded). */
  record ConsentIs(String purpose, ConsentStatus status) implements Criterion {
    /**
     * Checks the components.
     *
     * @param purpose the consent purpose's key
     * @param status the status
     */
    public ConsentIs {
      requireNonNull(purpose, "purpose");
      requireNonNull(status, "status");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.consentIs(this);
    }
  }

  /**
   * The customer's account claim status at {@code at} is {@code status}: claimed when the person
   * has a credential; invited or expired by their pending invite and its expiry; not invited
   * otherwise.
   */
  record ClaimIs(ClaimStatus status, Instant at) implements Criterion {
    /**
     * Checks the components.
     *
     * @param status the claim status
     * @param at the time an invite's expiry is compared with
     */
    public ClaimIs {
      requireNonNull(status, "status");
      requireNonNull(at, "at");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.claimIs(this);
    }
  }

  /** Every criterion holds; none at all keeps everyone. */
  record All(List<Criterion> criteria) implements Criterion {
    /**
     * Keeps its own copies of the lists.
     *
     * @param criteria the criteria
     */
    public All {
      criteria = List.copyOf(criteria);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.all(this);
    }
  }

  /** At least one criterion holds; none at all keeps no one. */
  record Any(List<Criterion> criteria) implements Criterion {
    /**
     * Keeps its own copies of the lists.
     *
     * @param criteria the criteria
     */
    public Any {
      criteria = List.copyOf(criteria);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.any(this);
    }
  }
}
