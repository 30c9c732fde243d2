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
import org.jooq.impl.DSL;

/**
 * Search in SQL: the name tiers (exact email, prefix, substring) and then field values,
 * keyset-paged by tier, sort name and id. A search with few candidates is ranked from one bounded
 * statement; one with many leaves the ranking to the database.
 */
final class JooqCustomerSearch {
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
      String digitsInside = "%" + digits + "%";
      // On PostgreSQL both arms of the OR test the indexed column, so the trigram index is kept (an
      // arm on s_phone made it scan every row); the second condition then drops digits found in
      // another field. MariaDB and H2 scan either way, and one condition scans once.
      matches =
          db.dialect().family() == org.jooq.SQLDialect.POSTGRES
              ? C_ALL
                  .like(inside)
                  .or(C_ALL.like(digitsInside))
                  .and(C_ALL.like(inside).or(C_PHONE.like(digitsInside)))
              : C_ALL.like(inside).or(C_PHONE.like(digitsInside));
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
      Condition where = scope.and(matches);
      if (keys != null && afterTier != null) {
        where = where.and(row(tier, C_SORT, C_ID).gt(rank(afterTier), keys.text(1), keys.uuid(2)));
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
    db.select(JooqCustomerStore.ENTRY_FIELDS)
        .from(CUSTOMERS)
        .join(PERSONS)
        .on(P_ID.eq(C_PERSON))
        .where(pageIds(organizationId.value(), page.items()))
        .forEach(r -> entries.put(r.get(C_ID), Rows.entry(r)));
    return new Page<>(
        page.items().stream()
            .map(r -> new SearchHit(Objects.requireNonNull(entries.get(r.id()), "hit"), r.tier()))
            .toList(),
        page.nextCursor());
  }

  /**
   * The page's customers by key. H2 serves {@code organization_id = ? and id in (...)} by scanning
   * the organization's rows (measured: 100,001 rows read for two ids) but a list of key rows by the
   * primary key; PostgreSQL and MariaDB take the plain form, which routes on Citus.
   */
  private Condition pageIds(UUID organizationId, List<Ranked> page) {
    if (db.dialect().family() == org.jooq.SQLDialect.H2) {
      return row(C_ORG, C_ID).in(page.stream().map(r -> row(organizationId, r.id())).toList());
    }
    return C_ORG.eq(organizationId).and(C_ID.in(page.stream().map(Ranked::id).toList()));
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
  private record Ranked(UUID id, String sortName, MatchTier tier) {}
}
