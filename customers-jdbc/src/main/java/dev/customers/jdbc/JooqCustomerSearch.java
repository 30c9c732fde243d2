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
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
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
    // Rank and cut the page on the customers table alone, and join persons for that page only (in
    // the same statement): a common fragment matches thousands of rows, and joining them all
    // before the sort is what costs.
    List<Found> found = new ArrayList<>();
    if (afterTier != MatchTier.FIELD) {
      Condition where = scope.and(matches);
      if (keys != null && afterTier != null) {
        where = where.and(row(tier, C_SORT, C_ID).gt(rank(afterTier), keys.text(1), keys.uuid(2)));
      }
      // Ordered by the alias: the CASE repeated in ORDER BY, with its own bind values, would be
      // evaluated twice per row.
      fetchPage(organizationId.value(), tier, where, query.limit() + 1, found);
    }
    // Field values come last, as their own tier, and only when the page has room: a second query
    // keeps the first one's plan (and its trigram index) as it was.
    if (found.size() <= query.limit() && !fields.isEmpty()) {
      Condition where =
          scope
              .and(missed)
              .and(CriterionSql.fieldTextMatches(fields, organizationId.value(), inside));
      if (keys != null && afterTier == MatchTier.FIELD) {
        where = where.and(row(C_SORT, C_ID).gt(keys.text(1), keys.uuid(2)));
      }
      fetchPage(
          organizationId.value(),
          inline(rank(MatchTier.FIELD)),
          where,
          query.limit() + 1 - found.size(),
          found);
    }
    Page<Found> page =
        Cursors.page(
            found,
            query.limit(),
            f ->
                Cursors.encode(
                    "search",
                    f.tier().name(),
                    f.sortName(),
                    f.entry().customer().id().value().toString()));
    return new Page<>(
        page.items().stream().map(f -> new SearchHit(f.entry(), f.tier())).toList(),
        page.nextCursor());
  }

  /**
   * Up to {@code limit} customers of {@code where} in order of tier, sort name and id, with their
   * persons: the page is cut in a derived table on the customers table alone, then joined by key.
   */
  private void fetchPage(
      UUID organizationId, Field<Integer> tier, Condition where, int limit, List<Found> found) {
    Field<Integer> tierColumn = tier.as("tier");
    Table<?> ranked =
        db.select(C_ID, C_SORT, tierColumn)
            .from(CUSTOMERS)
            .where(where)
            .orderBy(DSL.field(DSL.name("tier")), C_SORT, C_ID)
            .limit(limit)
            .asTable("ranked");
    Field<UUID> rankedId = Objects.requireNonNull(ranked.field(C_ID), "id");
    Field<String> rankedSort = Objects.requireNonNull(ranked.field(C_SORT), "sort");
    Field<Integer> rankedTier = Objects.requireNonNull(ranked.field(tierColumn), "tier");
    db.select(JooqCustomerStore.ENTRY_FIELDS)
        .select(rankedSort, rankedTier)
        .from(ranked)
        .join(CUSTOMERS)
        .on(C_ORG.eq(organizationId).and(C_ID.eq(rankedId)))
        .join(PERSONS)
        .on(P_ID.eq(C_PERSON))
        .orderBy(rankedTier, rankedSort, rankedId)
        .forEach(
            r -> found.add(new Found(Rows.entry(r), r.get(rankedSort), tierOf(r.get(rankedTier)))));
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

  /** A search hit with the keys it is ordered and paged by. */
  private record Found(RosterEntry entry, String sortName, MatchTier tier) {}
}
