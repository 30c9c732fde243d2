package dev.customers.jdbc;

import static dev.customers.jdbc.ConsentTables.*;
import static dev.customers.jdbc.FieldTables.*;
import static dev.customers.jdbc.MetricTables.*;
import static dev.customers.jdbc.NoteTables.*;
import static dev.customers.jdbc.RosterTables.*;
import static dev.customers.jdbc.TagTables.*;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.when;

import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.roster.MatchTier;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.spi.Criterion;
import dev.customers.api.spi.Cursors;
import dev.customers.api.spi.FieldRef;
import dev.customers.api.spi.SearchFields;
import dev.customers.api.spi.SearchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Search in SQL: the name tiers (exact email, prefix, substring) and then field values,
 * keyset-paged by tier, sort name and id. A search with few candidates is ranked from one bounded
 * statement; one with many leaves the ranking to the database.
 */
final class JooqCustomerSearch {
  /** Candidates a search ranks itself; past this many it leaves the ranking to the database. */
  private static final int PROBE = 1000;

  /**
   * A customer's columns then its person's: the order {@link Rows#entry(java.sql.ResultSet)} reads.
   */
  private static final List<SelectField<?>> ENTRY_FIELDS = JooqCustomerStore.ENTRY_FIELDS;

  private final DSLContext db;

  JooqCustomerSearch(DSLContext db) {
    this.db = db;
  }

  Page<SearchHit> search(
      OrganizationId organizationId, SearchQuery query, Criterion criterion, Set<FieldRef> fields) {
    String text = SearchText.normalize(query.text());
    String digits = SearchText.isPhoneQuery(query.text()) ? SearchText.digits(query.text()) : null;
    // Patterns are made here and bound as plain values: built in SQL ('%' || ? || '%'), or with an
    // ESCAPE clause (PostgreSQL's like_escape()), they cost per row once the statement is prepared
    // generically and hide the pattern from the trigram index. Backslash is the default escape
    // character of PostgreSQL, MariaDB and H2 alike.
    String starts = Sql.escapeLike(text) + "%";
    String inside = "%" + Sql.escapeLike(text) + "%";
    Condition prefix =
        C_FIRST
            .like(starts)
            .or(C_LAST.like(starts))
            .or(C_FULL.like(starts))
            .or(C_EMAIL.like(starts))
            .or(C_USERNAME.like(starts));
    Condition matches = C_ALL.like(inside);
    Condition missed = C_ALL.notLike(inside);
    if (digits != null) {
      prefix = prefix.or(C_PHONE.like(digits + "%"));
      matches = matches.or(C_PHONE.like("%" + digits + "%"));
      missed = missed.and(C_PHONE.isNull().or(C_PHONE.notLike("%" + digits + "%")));
    }
    Field<Integer> tier =
        when(C_EMAIL.eq(text), inline(rank(MatchTier.EXACT_EMAIL)))
            .when(prefix, inline(rank(MatchTier.PREFIX)))
            .otherwise(inline(rank(MatchTier.SUBSTRING)));
    Condition scope =
        C_ORG
            .eq(organizationId.value())
            .and(JooqCustomerStore.status(query.status()))
            .and(CriterionSql.condition(criterion, organizationId.value()));
    Cursors.Keys keys = query.cursor() == null ? null : Cursors.read(query.cursor(), "search", 3);
    MatchTier afterTier = keys == null ? null : keys.constant(0, MatchTier.class);
    // Rank and cut the page on the customers table alone, then join persons for that page only:
    // a common fragment matches thousands of rows, and joining them all before the sort is what
    // costs.
    List<Ranked> ranked = new ArrayList<>();
    if (afterTier != MatchTier.FIELD) {
      List<Ranked> few = probe(scope, text, digits, keys, afterTier, query.limit() + 1);
      if (few != null) {
        ranked.addAll(few);
      } else {
        Condition where = scope.and(matches);
        if (keys != null && afterTier != null) {
          where =
              where.and(row(tier, C_SORT, C_ID).gt(rank(afterTier), keys.text(1), keys.uuid(2)));
        }
        Field<Integer> tierColumn = tier.as("tier");
        // By the alias: the CASE repeated in ORDER BY, with its own bind values, would be evaluated
        // twice per row.
        db.select(C_ID, C_SORT, tierColumn)
            .from(CUSTOMERS)
            .where(where)
            .orderBy(DSL.field(DSL.name("tier")), C_SORT, C_ID)
            .limit(query.limit() + 1)
            .forEach(
                r -> ranked.add(new Ranked(r.get(C_ID), r.get(C_SORT), tierOf(r.get(tierColumn)))));
      }
    }
    // Field values come last, as their own tier, and only when the page has room: a second query
    // keeps the first one's plan (and its trigram index) as it was.
    if (ranked.size() <= query.limit() && !fields.isEmpty()) {
      Condition where =
          scope
              .and(missed)
              .and(CriterionSql.fieldTextMatches(fields, organizationId.value(), inside));
      if (keys != null && afterTier == MatchTier.FIELD) {
        where = where.and(row(C_SORT, C_ID).gt(keys.text(1), keys.uuid(2)));
      }
      db.select(C_ID, C_SORT)
          .from(CUSTOMERS)
          .where(where)
          .orderBy(C_SORT, C_ID)
          .limit(query.limit() + 1 - ranked.size())
          .forEach(r -> ranked.add(new Ranked(r.get(C_ID), r.get(C_SORT), MatchTier.FIELD)));
    }
    Page<Ranked> page =
        Cursors.page(
            ranked,
            query.limit(),
            r -> Cursors.encode("search", r.tier().name(), r.sortName(), r.id().toString()));
    if (page.items().isEmpty()) {
      return Page.last(List.of());
    }
    Map<UUID, RosterEntry> entries = new java.util.HashMap<>();
    db.select(ENTRY_FIELDS)
        .from(CUSTOMERS)
        .join(PERSONS)
        .on(P_ID.eq(C_PERSON))
        .where(
            C_ORG
                .eq(organizationId.value())
                .and(C_ID.in(page.items().stream().map(Ranked::id).toList())))
        .forEach(r -> entries.put(r.get(C_ID), Rows.entry(r)));
    return new Page<>(
        page.items().stream()
            .map(r -> new SearchHit(Objects.requireNonNull(entries.get(r.id()), "hit"), r.tier()))
            .toList(),
        page.nextCursor());
  }

  /**
   * The name tiers from at most {@link #PROBE} candidates, ranked here by {@link
   * SearchFields#match}; null when there are more (the ranked statement then walks the name order).
   * The pattern is inlined so each search is planned for its own text: a rare fragment is served by
   * the trigram index and a common one stops within its first rows, where one generic plan would
   * suit neither.
   */
  private @Nullable List<Ranked> probe(
      Condition scope,
      String text,
      @Nullable String digits,
      Cursors.@Nullable Keys keys,
      @Nullable MatchTier afterTier,
      int want) {
    // Every field is in s_all, the phone's digits too: one indexed column, no OR arm on another.
    Condition candidates = C_ALL.like(inline("%" + Sql.escapeLike(text) + "%"));
    if (digits != null && !digits.equals(text)) {
      candidates = candidates.or(C_ALL.like(inline("%" + Sql.escapeLike(digits) + "%")));
    }
    List<? extends Record> rows =
        db.select(C_ID, C_SORT, C_FIRST, C_LAST, C_FULL, C_EMAIL, C_USERNAME, C_PHONE)
            .from(CUSTOMERS)
            .where(scope.and(candidates))
            .limit(PROBE + 1)
            .fetch();
    if (rows.size() > PROBE) {
      return null;
    }
    List<Ranked> found = new ArrayList<>();
    for (Record r : rows) {
      MatchTier tier =
          new SearchFields(
                  r.get(C_FIRST),
                  r.get(C_LAST),
                  r.get(C_FULL),
                  r.get(C_EMAIL),
                  r.get(C_USERNAME),
                  r.get(C_PHONE),
                  r.get(C_SORT))
              .match(text, digits);
      if (tier != null) {
        Ranked hit = new Ranked(r.get(C_ID), r.get(C_SORT), tier);
        if (keys == null || afterTier == null || hit.isAfter(afterTier, keys)) {
          found.add(hit);
        }
      }
    }
    found.sort(Ranked.ORDER);
    return found.size() > want ? new ArrayList<>(found.subList(0, want)) : found;
  }

  /** The rank of a name tier in SQL: the order search returns the tiers in. */
  private static int rank(MatchTier tier) {
    return switch (tier) {
      case EXACT_EMAIL -> 0;
      case PREFIX -> 1;
      case SUBSTRING -> 2;
      case FIELD -> 3;
    };
  }

  private static MatchTier tierOf(int rank) {
    return switch (rank) {
      case 0 -> MatchTier.EXACT_EMAIL;
      case 1 -> MatchTier.PREFIX;
      case 2 -> MatchTier.SUBSTRING;
      default -> MatchTier.FIELD;
    };
  }

  /** A search hit before its person is joined: the keys it is ordered and paged by. */
  private record Ranked(UUID id, String sortName, MatchTier tier) {
    /** The order of the ranked statement: tier, sort name, then id as the databases order it. */
    static final java.util.Comparator<Ranked> ORDER =
        java.util.Comparator.comparing(Ranked::tier)
            .thenComparing(Ranked::sortName)
            .thenComparing(Ranked::id, JooqCustomerSearch::compareIds);

    boolean isAfter(MatchTier afterTier, Cursors.Keys cursor) {
      int byTier = tier.compareTo(afterTier);
      if (byTier != 0) {
        return byTier > 0;
      }
      int byName = sortName.compareTo(cursor.text(1));
      return byName != 0 ? byName > 0 : compareIds(id, cursor.uuid(2)) > 0;
    }
  }

  /** Ids in the databases' order: their bytes (or text) unsigned, high bits first. */
  private static int compareIds(UUID a, UUID b) {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0
        ? high
        : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  }
}
