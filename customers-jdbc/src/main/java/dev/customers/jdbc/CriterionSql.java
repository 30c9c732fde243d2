package dev.customers.jdbc;

import static dev.customers.jdbc.ConsentTables.*;
import static dev.customers.jdbc.FieldTables.*;
import static dev.customers.jdbc.MetricTables.*;
import static dev.customers.jdbc.RosterTables.*;
import static dev.customers.jdbc.TagTables.*;

import dev.customers.api.FieldId;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.fields.FieldScope;
import dev.customers.api.fields.FieldType;
import dev.customers.api.roster.Comparison;
import dev.customers.api.spi.Criterion;
import dev.customers.api.spi.FieldRef;
import dev.customers.api.spi.StoredInvite;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Criterion} as a condition on a query over cs_customers: every part is a correlated
 * EXISTS on one of the indexed child tables, so the database can combine it with status, sort and
 * cursor. It is a {@link Criterion.Visitor}, so a new kind of criterion does not compile until it
 * has SQL here.
 */
final class CriterionSql implements Criterion.Visitor<Condition> {
  // Bound as a value inside every subquery, not correlated with the outer row: Citus routes a
  // subquery under an OR to one shard only when it names the organization itself.
  private final UUID organizationId;

  private CriterionSql(UUID organizationId) {
    this.organizationId = organizationId;
  }

  /** The criterion as a condition on cs_customers of the organization {@code organizationId}. */
  static Condition condition(Criterion criterion, UUID organizationId) {
    return criterion.accept(new CriterionSql(organizationId));
  }

  private Condition condition(Criterion criterion) {
    return criterion.accept(this);
  }

  @Override
  public Condition all(Criterion.All all) {
    return DSL.and(all.criteria().stream().map(this::condition).toList());
  }

  @Override
  public Condition any(Criterion.Any any) {
    return any.criteria().isEmpty()
        ? DSL.falseCondition()
        : DSL.or(any.criteria().stream().map(this::condition).toList());
  }

  @Override
  public Condition hasTag(Criterion.HasTag tag) {
    return DSL.exists(
        DSL.selectOne()
            .from(CUSTOMER_TAGS)
            .where(
                CT_ORG
                    .eq(organizationId)
                    .and(CT_TAG.eq(tag.tag().value()))
                    .and(CT_CUSTOMER.eq(C_ID))));
  }

  @Override
  public Condition fieldSet(Criterion.FieldSet set) {
    return DSL.exists(fieldRows(set.field(), set.scope(), DSL.noCondition()));
  }

  @Override
  public Condition fieldCompare(Criterion.FieldCompare compare) {
    Condition value;
    if (compare.type().isNumeric()) {
      value = FV_NUM.compare(comparator(compare.comparison()), new BigDecimal(compare.value()));
    } else if (compare.type() == FieldType.DATE) {
      value = FV_DATE.compare(comparator(compare.comparison()), LocalDate.parse(compare.value()));
    } else {
      value = textEquals(compare.value());
    }
    return DSL.exists(fieldRows(compare.field(), compare.scope(), value));
  }

  @Override
  public Condition metricCompare(Criterion.MetricCompare compare) {
    return DSL.exists(
        DSL.selectOne()
            .from(CURRENT_READINGS)
            .where(
                MC_ORG
                    .eq(organizationId)
                    .and(MC_CUSTOMER.eq(C_ID))
                    .and(MC_METRIC.eq(compare.metric().value()))
                    .and(MC_VALUE.compare(comparator(compare.comparison()), compare.value()))));
  }

  @Override
  public Condition consentIs(Criterion.ConsentIs consent) {
    Condition ofPurpose =
        CC_ORG.eq(organizationId).and(CC_CUSTOMER.eq(C_ID)).and(CC_PURPOSE.eq(consent.purpose()));
    if (consent.status() == ConsentStatus.UNKNOWN) {
      return DSL.notExists(DSL.selectOne().from(CONSENT_CURRENT).where(ofPurpose));
    }
    return DSL.exists(
        DSL.selectOne()
            .from(CONSENT_CURRENT)
            .where(ofPurpose.and(CC_STATUS.eq(consent.status().name()))));
  }

  @Override
  public Condition claimIs(Criterion.ClaimIs claim) {
    Condition claimed =
        DSL.exists(
            DSL.selectOne()
                .from(AccountTables.CREDENTIALS)
                .where(
                    AccountTables.CR_ORG
                        .eq(organizationId)
                        .and(AccountTables.CR_PERSON.eq(C_PERSON))));
    Condition pending =
        AccountTables.AI_ORG
            .eq(organizationId)
            .and(AccountTables.AI_PERSON.eq(C_PERSON))
            .and(AccountTables.AI_STATE.eq(StoredInvite.State.PENDING.name()));
    Condition live =
        DSL.exists(
            DSL.selectOne()
                .from(AccountTables.INVITES)
                .where(pending.and(AccountTables.AI_EXPIRES.gt(Rows.utc(claim.at())))));
    Condition any = DSL.exists(DSL.selectOne().from(AccountTables.INVITES).where(pending));
    return switch (claim.status()) {
      case CLAIMED -> claimed;
      case INVITED -> DSL.not(claimed).and(live);
      case EXPIRED -> DSL.not(claimed).and(any).and(DSL.not(live));
      case NOT_INVITED -> DSL.not(claimed).and(DSL.not(any));
    };
  }

  /**
   * A stored value equals the text: on the indexed key column when the text fits it, otherwise on
   * the full text of the rows whose value was too long for the key.
   */
  static Condition textEquals(String text) {
    return text.length() <= MAX_KEY ? FV_KEY.eq(text) : FV_KEY.isNull().and(FV_TEXT.eq(text));
  }

  /**
   * A customer (or their person) holds a value of one of {@code fields} whose search text matches
   * the LIKE pattern. Written as one {@code IN} over a union rather than an OR of EXISTS, so
   * PostgreSQL can make it a semi-join driven by the trigram index on the values instead of probing
   * every customer.
   */
  static Condition fieldTextMatches(
      Collection<FieldRef> fields, UUID organizationId, String pattern) {
    List<UUID> roster = ids(fields, FieldScope.ROSTER);
    List<UUID> person = ids(fields, FieldScope.PERSON);
    @Nullable Select<Record1<UUID>> owners = null;
    if (!roster.isEmpty()) {
      owners =
          DSL.select(FV_OWNER)
              .from(FIELD_VALUES)
              .where(
                  FV_ORG.eq(organizationId).and(FV_FIELD.in(roster)).and(FV_SEARCH.like(pattern)));
    }
    if (!person.isEmpty()) {
      Table<Record> holder = CUSTOMERS.as("holder");
      Field<UUID> holderId = DSL.field(DSL.name("holder", "id"), SQLDataType.UUID);
      Field<UUID> holderOrg = DSL.field(DSL.name("holder", "organization_id"), SQLDataType.UUID);
      Field<UUID> holderPerson = DSL.field(DSL.name("holder", "person_id"), SQLDataType.UUID);
      Select<Record1<UUID>> viaPerson =
          DSL.select(holderId)
              .from(holder)
              .join(FIELD_VALUES)
              .on(FV_ORG.eq(organizationId).and(FV_OWNER.eq(holderPerson)))
              .where(
                  holderOrg
                      .eq(organizationId)
                      .and(FV_FIELD.in(person))
                      .and(FV_SEARCH.like(pattern)));
      owners = owners == null ? viaPerson : owners.unionAll(viaPerson);
    }
    return owners == null ? DSL.falseCondition() : C_ID.in(owners);
  }

  private static List<UUID> ids(Collection<FieldRef> fields, FieldScope scope) {
    return fields.stream()
        .filter(f -> f.scope() == scope)
        .map(f -> f.id().value())
        .sorted()
        .toList();
  }

  private Select<?> fieldRows(FieldId field, FieldScope scope, Condition value) {
    Field<UUID> owner = scope == FieldScope.PERSON ? C_PERSON : C_ID;
    return DSL.selectOne()
        .from(FIELD_VALUES)
        .where(
            FV_ORG
                .eq(organizationId)
                .and(FV_FIELD.eq(field.value()))
                .and(FV_OWNER.eq(owner))
                .and(value));
  }

  private static org.jooq.Comparator comparator(Comparison comparison) {
    return switch (comparison) {
      case EQ -> org.jooq.Comparator.EQUALS;
      case LT -> org.jooq.Comparator.LESS;
      case LE -> org.jooq.Comparator.LESS_OR_EQUAL;
      case GT -> org.jooq.Comparator.GREATER;
      case GE -> org.jooq.Comparator.GREATER_OR_EQUAL;
    };
  }
}
