package dev.customers.core.roster;

import dev.customers.api.FieldError;
import dev.customers.api.OrganizationId;
import dev.customers.api.ValidationException;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldType;
import dev.customers.api.metrics.MetricDefinition;
import dev.customers.api.roster.Comparison;
import dev.customers.api.roster.CustomerFilter;
import dev.customers.api.spi.Criterion;
import dev.customers.api.spi.Decimals;
import dev.customers.api.spi.StoreSession;
import dev.customers.core.internal.ConsentReads;
import dev.customers.core.internal.FieldRules;
import dev.customers.core.internal.Limits;
import dev.customers.core.internal.Permissions;
import dev.customers.core.internal.Texts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns a caller's {@link CustomerFilter} into the {@link Criterion} a store evaluates: keys to
 * ids, operands to canonical form. A field the caller may not view is refused here, before any
 * query, so a filter never tells anyone what a hidden field holds.
 */
final class FilterResolver implements CustomerFilter.Visitor<Criterion> {
  private final StoreSession session;
  private final OrganizationId organizationId;
  private final Permissions permissions;
  private final Instant now;
  private @Nullable List<FieldDefinition> fields;
  private @Nullable List<MetricDefinition> metrics;

  FilterResolver(
      StoreSession session, OrganizationId organizationId, Permissions permissions, Instant now) {
    this.session = session;
    this.organizationId = organizationId;
    this.permissions = permissions;
    this.now = now;
  }

  Criterion resolve(@Nullable CustomerFilter filter) {
    return filter == null ? Criterion.none() : filter.accept(this);
  }

  @Override
  public Criterion hasTag(CustomerFilter.HasTag tag) {
    return new Criterion.HasTag(tag.tag());
  }

  @Override
  public Criterion field(CustomerFilter.Field field) {
    FieldDefinition definition = field(field.key());
    FieldType type = definition.type();
    boolean ordered = type.isNumeric() || type == FieldType.DATE;
    String name = "filter." + field.key();
    if (!ordered && field.comparison() != Comparison.EQ) {
      throw ValidationException.of(
          name, field.comparison().name(), "a " + type + " field can only be compared with EQ");
    }
    List<FieldError> errors = new ArrayList<>();
    List<String> canonical = FieldRules.canonical(definition, name, List.of(field.value()), errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    if (canonical.isEmpty()) {
      throw ValidationException.of(
          name, field.value(), "is blank: use fieldSet to filter on any value");
    }
    return new Criterion.FieldCompare(
        definition.id(), definition.scope(), type, field.comparison(), canonical.get(0));
  }

  @Override
  public Criterion fieldSet(CustomerFilter.FieldSet set) {
    FieldDefinition definition = field(set.key());
    return new Criterion.FieldSet(definition.id(), definition.scope());
  }

  @Override
  public Criterion metric(CustomerFilter.Metric metric) {
    Texts.requireKey("filter.metric", metric.key());
    if (metrics == null) {
      metrics = session.metrics().definitions(organizationId);
    }
    MetricDefinition definition =
        metrics.stream()
            .filter(d -> d.key().equals(metric.key()))
            .findFirst()
            .orElseThrow(
                () -> ValidationException.of("filter.metric", metric.key(), "no such metric"));
    // Checked like a stored value (what the columns hold), so an operand outside it is refused on
    // every adapter rather than compared one way in memory and another, or not at all, in SQL.
    Limits.requireFits("filter." + metric.key(), metric.value(), Limits.SCALE, "a metric value");
    return new Criterion.MetricCompare(
        definition.id(), metric.comparison(), Decimals.canonical(metric.value()));
  }

  @Override
  public Criterion consent(CustomerFilter.Consent consent) {
    Texts.requireKey("filter.consent", consent.purpose());
    if (ConsentReads.purposes(session, organizationId).stream()
        .noneMatch(p -> p.key().equals(consent.purpose()))) {
      throw ValidationException.of("filter.consent", consent.purpose(), "no such consent purpose");
    }
    return new Criterion.ConsentIs(consent.purpose(), consent.status());
  }

  @Override
  public Criterion account(CustomerFilter.Account account) {
    return new Criterion.ClaimIs(account.status(), now);
  }

  @Override
  public Criterion allOf(CustomerFilter.AllOf all) {
    return new Criterion.All(all.filters().stream().map(this::resolve).toList());
  }

  @Override
  public Criterion anyOf(CustomerFilter.AnyOf any) {
    return new Criterion.Any(any.filters().stream().map(this::resolve).toList());
  }

  /** The organization's field definitions, read once per call. */
  List<FieldDefinition> definitions() {
    if (fields == null) {
      fields = session.fields().definitions(organizationId);
    }
    return fields;
  }

  /**
   * The field definitions whose values a search also matches: none when the storage adapter has no
   * field store, so the roster's own search works on an adapter that provides only the roster.
   */
  List<FieldDefinition> searchableDefinitions() {
    return session.provides("fields") ? definitions() : List.of();
  }

  private FieldDefinition field(String key) {
    Texts.requireKey("filter.field", key);
    // A field the caller may not see is answered as one that does not exist: a filter must not
    // tell anyone that a hidden field is there.
    return definitions().stream()
        .filter(d -> d.key().equals(key) && permissions.canView(d, null))
        .findFirst()
        .orElseThrow(() -> ValidationException.of("filter.field", key, "no such field"));
  }
}
