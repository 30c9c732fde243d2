package dev.customers.api.roster;

import static java.util.Objects.requireNonNull;

import dev.customers.api.TagId;
import dev.customers.api.accounts.ClaimStatus;
import dev.customers.api.consent.ConsentStatus;
import java.math.BigDecimal;
import java.util.List;

/**
 * Which customers a list or search keeps: by tag, custom field value, metric value, consent and
 * account, combined with {@link #allOf} and {@link #anyOf}. Fields and metrics are named by key; a
 * filter on a field the caller may not view is refused with permission denied.
 */
public sealed interface CustomerFilter {

  /**
   * Customers with the tag.
   *
   * @param tag the tag
   * @return customers with the tag
   */
  static CustomerFilter tag(TagId tag) {
    return new HasTag(tag);
  }

  /**
   * A field's value compared with {@code value}, written as the field's type writes it. Numbers and
   * dates compare in order; other types only with EQ (a multiple-choice field matches when it holds
   * the choice).
   *
   * @param comparison how to compare
   * @param key the key
   * @param value the value
   * @return a field's value compared with {@code value}, written as the field's type writes it
   */
  static CustomerFilter field(String key, Comparison comparison, String value) {
    return new Field(key, comparison, value);
  }

  /**
   * Customers with any value in the field.
   *
   * @param key the key
   * @return customers with any value in the field
   */
  static CustomerFilter fieldSet(String key) {
    return new FieldSet(key);
  }

  /**
   * A metric's current value compared with {@code value}; customers without readings never match.
   *
   * @param comparison how to compare
   * @param key the key
   * @param value the value
   * @return a metric's current value compared with {@code value}; customers without readings never
   *     match
   */
  static CustomerFilter metric(String key, Comparison comparison, BigDecimal value) {
    return new Metric(key, comparison, value);
  }

  /**
   * The current consent to a purpose; UNKNOWN matches customers with nothing recorded.
   *
   * @param purpose the consent purpose's key
   * @param status the status
   * @return the current consent to a purpose; UNKNOWN matches customers with nothing recorded
   */
  static CustomerFilter consent(String purpose, ConsentStatus status) {
    return new Consent(purpose, status);
  }

  /**
   * Customers whose account stands so (not invited, invited, expired, claimed) now.
   *
   * @param status the claim status
   * @return customers whose account stands so
   */
  static CustomerFilter account(ClaimStatus status) {
    return new Account(status);
  }

  /**
   * Customers every filter keeps.
   *
   * @param filters the filters
   * @return customers every filter keeps
   */
  static CustomerFilter allOf(CustomerFilter... filters) {
    return new AllOf(List.of(filters));
  }

  /**
   * Customers at least one filter keeps.
   *
   * @param filters the filters
   * @return customers at least one filter keeps
   */
  static CustomerFilter anyOf(CustomerFilter... filters) {
    return new AnyOf(List.of(filters));
  }

  /**
   * Calls the visitor's method for this kind of filter, so a new kind of filter does not compile
   * until every place that resolves filters handles it.
   *
   * @param <R> the visitor's result type
   * @param visitor what to do for each kind
   * @return what the visitor returned
   */
  <R> R accept(Visitor<R> visitor);

  /** One method per kind of filter. */
  interface Visitor<R> {
    /**
     * Customers with a tag.
     *
     * @param filter the filter
     * @return customers with a tag
     */
    R hasTag(HasTag filter);

    /**
     * A field compared with a value.
     *
     * @param filter the filter
     * @return a field compared with a value
     */
    R field(Field filter);

    /**
     * A field with any value.
     *
     * @param filter the filter
     * @return a field with any value
     */
    R fieldSet(FieldSet filter);

    /**
     * A metric compared with a number.
     *
     * @param filter the filter
     * @return a metric compared with a number
     */
    R metric(Metric filter);

    /**
     * The current consent to a purpose.
     *
     * @param filter the filter
     * @return the current consent to a purpose
     */
    R consent(Consent filter);

    /**
     * The account's claim status.
     *
     * @param filter the filter
     * @return the account's claim status
     */
    R account(Account filter);

    /**
     * Every filter holds.
     *
     * @param filter the filter
     * @return every filter holds
     */
    R allOf(AllOf filter);

    /**
     * At least one filter holds.
     *
     * @param filter the filter
     * @return the visitor's result
     */
    R anyOf(AnyOf filter);
  }

  /** Customers with the tag. */
  record HasTag(TagId tag) implements CustomerFilter {
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

  /** A field compared with a value. */
  record Field(String key, Comparison comparison, String value) implements CustomerFilter {
    /**
     * Checks the components.
     *
     * @param comparison how to compare
     * @param key the key
     * @param value the value
     */
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
    /**
     * Checks the components.
     *
     * @param key the key
     */
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
    /**
     * Checks the components.
     *
     * @param comparison how to compare
     * @param key the key
     * @param value the value
     */
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
    /**
     * Checks the components.
     *
     * @param purpose the consent purpose's key
     * @param status the status
     */
    public Consent {
      requireNonNull(purpose, "purpose");
      requireNonNull(status, "status");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.consent(this);
    }
  }

  /** The customer's account stands so: not invited, invited, expired or claimed. */
  record Account(ClaimStatus status) implements CustomerFilter {
    /**
     * Checks the components.
     *
     * @param status the claim status
     */
    public Account {
      requireNonNull(status, "status");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.account(this);
    }
  }

  /** Every filter holds. */
  record AllOf(List<CustomerFilter> filters) implements CustomerFilter {
    /**
     * Keeps its own copies of the lists.
     *
     * @param filters the filters
     */
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
    /**
     * Keeps its own copies of the lists.
     *
     * @param filters the filters
     */
    public AnyOf {
      filters = List.copyOf(filters);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.anyOf(this);
    }
  }
}
