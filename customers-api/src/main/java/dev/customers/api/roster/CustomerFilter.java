package dev.customers.api.roster;

import static java.util.Objects.requireNonNull;

import dev.customers.api.TagId;
import dev.customers.api.consent.ConsentStatus;
import java.math.BigDecimal;
import java.util.List;

/**
 * Which customers a list or search keeps: by tag, custom field value, metric value and consent,
 * combined with {@link #allOf} and {@link #anyOf}. Fields and metrics are named by key; a filter on
 * a field the caller may not view is refused with permission denied.
 */
public sealed interface CustomerFilter {

  static CustomerFilter tag(TagId tag) {
    return new HasTag(tag);
  }

  /**
   * A field's value compared with {@code value}, written as the field's type writes it. Numbers and
   * dates compare in order; other types only with EQ (a multiple-choice field matches when it holds
   * the choice).
   */
  static CustomerFilter field(String key, Comparison comparison, String value) {
    return new Field(key, comparison, value);
  }

  /** Customers with any value in the field. */
  static CustomerFilter fieldSet(String key) {
    return new FieldSet(key);
  }

  /**
   * A metric's current value compared with {@code value}; customers without readings never match.
   */
  static CustomerFilter metric(String key, Comparison comparison, BigDecimal value) {
    return new Metric(key, comparison, value);
  }

  /** The current consent to a purpose; UNKNOWN matches customers with nothing recorded. */
  static CustomerFilter consent(String purpose, ConsentStatus status) {
    return new Consent(purpose, status);
  }

  static CustomerFilter allOf(CustomerFilter... filters) {
    return new AllOf(List.of(filters));
  }

  static CustomerFilter anyOf(CustomerFilter... filters) {
    return new AnyOf(List.of(filters));
  }

  /**
   * Calls the visitor's method for this kind of filter, so a new kind of filter does not compile
   * until every place that resolves filters handles it.
   */
  <R> R accept(Visitor<R> visitor);

  /** One method per kind of filter. */
  interface Visitor<R> {
    /** Customers with a tag. */
    R hasTag(HasTag filter);

    /** A field compared with a value. */
    R field(Field filter);

    /** A field with any value. */
    R fieldSet(FieldSet filter);

    /** A metric compared with a number. */
    R metric(Metric filter);

    /** The current consent to a purpose. */
    R consent(Consent filter);

    /** Every filter holds. */
    R allOf(AllOf filter);

    /** At least one filter holds. */
    R anyOf(AnyOf filter);
  }

  /** Customers with the tag. */
  record HasTag(TagId tag) implements CustomerFilter {
    public HasTag {
      requireNonNull(tag, "tag");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.hasTag(this);
    }
  }

  /** A field compared with a value. */
  record Field(String key, Comparison comparison, String value) implements CustomerFilter {
    public Field {
      requireNonNull(key, "key");
      requireNonNull(comparison, "comparison");
      requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.field(this);
    }
  }

  /** A field with any value. */
  record FieldSet(String key) implements CustomerFilter {
    public FieldSet {
      requireNonNull(key, "key");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.fieldSet(this);
    }
  }

  /** A metric's current value compared with a number. */
  record Metric(String key, Comparison comparison, BigDecimal value) implements CustomerFilter {
    public Metric {
      requireNonNull(key, "key");
      requireNonNull(comparison, "comparison");
      requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.metric(this);
    }
  }

  /** The current consent to a purpose. */
  record Consent(String purpose, ConsentStatus status) implements CustomerFilter {
    public Consent {
      requireNonNull(purpose, "purpose");
      requireNonNull(status, "status");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.consent(this);
    }
  }

  /** Every filter holds. */
  record AllOf(List<CustomerFilter> filters) implements CustomerFilter {
    public AllOf {
      filters = List.copyOf(filters);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.allOf(this);
    }
  }

  /** At least one filter holds. */
  record AnyOf(List<CustomerFilter> filters) implements CustomerFilter {
    public AnyOf {
      filters = List.copyOf(filters);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.anyOf(this);
    }
  }
}
