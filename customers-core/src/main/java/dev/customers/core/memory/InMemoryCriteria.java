package dev.customers.core.memory;

import dev.customers.api.FieldId;
import dev.customers.api.OrganizationId;
import dev.customers.api.consent.ConsentRecord;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.fields.FieldScope;
import dev.customers.api.fields.FieldType;
import dev.customers.api.metrics.MetricReading;
import dev.customers.api.roster.Customer;
import dev.customers.api.spi.Criterion;
import dev.customers.api.spi.FieldRef;
import dev.customers.api.spi.StoredFieldValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a {@link Criterion} on one customer over the in-memory tables: the twin of the SQL that
 * {@code CriterionSql} writes for the JDBC adapter. It is a {@link Criterion.Visitor}, so a new
 * kind of criterion does not compile until it is handled here.
 */
final class InMemoryCriteria {
  private final ProfileTables tables;
  private final AccountTables accounts;

  InMemoryCriteria(ProfileTables tables, AccountTables accounts) {
    this.tables = tables;
    this.accounts = accounts;
  }

  /** Whether the criterion keeps the customer. */
  boolean matches(Customer customer, Criterion criterion) {
    return criterion.accept(new OnCustomer(customer));
  }

  /**
   * Whether a value of one of {@code fields} on the customer (or their person) contains the
   * normalized text.
   */
  boolean fieldContains(Customer customer, Set<FieldRef> fields, String text) {
    Map<UUID, Map<FieldId, ProfileTables.Held>> byOwner =
        Maps.peek(tables.fieldValues, customer.organizationId());
    for (FieldRef field : fields) {
      ProfileTables.Held held =
          byOwner.getOrDefault(owner(customer, field.scope()), Map.of()).get(field.id());
      if (held != null && held.searchTexts().stream().anyMatch(v -> v.contains(text))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The owners (persons or customers) in the organization that may hold the text in a field value:
   * those the field postings name, or every owner with values when the text is too short for a
   * gram. Candidates only; {@link #fieldContains} decides.
   */
  java.util.Collection<UUID> ownersThatMayHold(OrganizationId organizationId, String text) {
    FieldGrams grams = tables.fieldGrams.get(organizationId);
    List<UUID> candidates = grams == null ? null : grams.candidates(text);
    return candidates != null ? candidates : Maps.peek(tables.fieldValues, organizationId).keySet();
  }

  private static UUID owner(Customer customer, FieldScope scope) {
    return scope == FieldScope.PERSON ? customer.personId().value() : customer.id().value();
  }

  private static int compareValues(FieldType type, String stored, String operand) {
    if (type.isNumeric()) {
      return new BigDecimal(stored).compareTo(new BigDecimal(operand));
    }
    if (type == FieldType.DATE) {
      return LocalDate.parse(stored).compareTo(LocalDate.parse(operand));
    }
    return stored.equals(operand) ? 0 : 1;
  }

  /** The criterion's answer for one customer. */
  private final class OnCustomer implements Criterion.Visitor<Boolean> {
    private final Customer customer;
    private final OrganizationId org;

    OnCustomer(Customer customer) {
      this.customer = customer;
      this.org = customer.organizationId();
    }

    private @Nullable StoredFieldValue value(FieldId field, FieldScope scope) {
      ProfileTables.Held held =
          Maps.peek(tables.fieldValues, org)
              .getOrDefault(owner(customer, scope), Map.of())
              .get(field);
      return held == null ? null : held.value();
    }

    @Override
    public Boolean hasTag(Criterion.HasTag criterion) {
      return Maps.peek(tables.tagged, org)
          .getOrDefault(customer.id(), Set.of())
          .contains(criterion.tag());
    }

    @Override
    public Boolean fieldCompare(Criterion.FieldCompare criterion) {
      StoredFieldValue value = value(criterion.field(), criterion.scope());
      return value != null
          && value.values().stream()
              .anyMatch(
                  v ->
                      criterion
                          .comparison()
                          .test(compareValues(criterion.type(), v, criterion.value())));
    }

    @Override
    public Boolean fieldSet(Criterion.FieldSet criterion) {
      return value(criterion.field(), criterion.scope()) != null;
    }

    @Override
    public Boolean metricCompare(Criterion.MetricCompare criterion) {
      MetricReading current =
          Maps.peek(tables.currentMetrics, org)
              .getOrDefault(customer.id(), Map.of())
              .get(criterion.metric());
      return current != null
          && criterion.comparison().test(current.value().compareTo(criterion.value()));
    }

    @Override
    public Boolean consentIs(Criterion.ConsentIs criterion) {
      ConsentRecord current =
          Maps.peek(tables.currentConsent, org)
              .getOrDefault(customer.id(), Map.of())
              .get(criterion.purpose());
      ConsentStatus status = current == null ? ConsentStatus.UNKNOWN : current.status();
      return status == criterion.status();
    }

    @Override
    public Boolean claimIs(Criterion.ClaimIs criterion) {
      return InMemoryAccountStore.status(accounts, org, customer.personId(), criterion.at())
          == criterion.status();
    }

    @Override
    public Boolean all(Criterion.All criterion) {
      return criterion.criteria().stream().allMatch(c -> c.accept(this));
    }

    @Override
    public Boolean any(Criterion.Any criterion) {
      return criterion.criteria().stream().anyMatch(c -> c.accept(this));
    }
  }
}
