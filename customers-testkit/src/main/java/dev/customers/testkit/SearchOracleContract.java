package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.Page;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerFilter;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.MatchTier;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.roster.StatusFilter;
import dev.customers.api.spi.SearchText;
import dev.customers.api.tags.Tag;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Search against a plain ranked scan: a random roster (names that share prefixes and substrings,
 * accents, emails, phones, usernames, some archived, some tagged, a third renamed after they were
 * added) and random queries (fragments of names and emails, whole emails in another case, phone
 * fragments, text that matches nothing), each paged through with a random page size, status and tag
 * filter. The pages, joined, must be exactly the scan's list: the same customers, tiers (exact
 * email, then prefix, then substring) and order (by sort name, then id, within a tier), nothing
 * repeated or skipped across pages.
 */
public abstract class SearchOracleContract extends ServiceContractSupport {
  private static final List<String> FIRST =
      List.of(
          "Ann", "Anna", "Annabel", "Hannah", "Jo", "Johan", "Zoë", "Zoe", "Åsa", "Ben", "Sonja");
  private static final List<String> LAST =
      List.of(
          "Anderson",
          "Andersson",
          "Sonnen",
          "Ångström",
          "Lovelace",
          "Love",
          "Jansen",
          "Hanson",
          "Ng",
          "O'Neill");
  private static final int CUSTOMERS = 45;
  private static final int QUERIES = 60;

  /** A customer as the scan sees it. */
  private record Row(
      CustomerId id,
      String first,
      String last,
      @Nullable String email,
      @Nullable String username,
      @Nullable String phone,
      boolean archived,
      boolean tagged) {}

  /** A query and how it is paged. */
  private record Query(String text, StatusFilter status, int limit, boolean byTag) {}

  @Test
  void search_pagesThroughExactlyWhatARankedScanFinds() {
    Caller desk = sdk().staff();
    Tag vip = sdk().sdk().tags().create(sdk().owner(), "VIP", "#aa0000");
    List<Row> roster = new ArrayList<>();
    List<Row> drawn = rows().list().ofSize(CUSTOMERS).sample();
    for (int i = 0; i < drawn.size(); i++) {
      Row row = drawn.get(i);
      String email = row.email() == null ? null : row.email().replace("@", i + "@");
      CustomerDetails details =
          CustomerDetails.of(row.first(), row.last())
              .withEmail(email)
              .withUsername(row.username() == null ? null : row.username() + i)
              .withPhone(row.phone());
      CustomerProfile added = sdk().roster().add(desk, details);
      if (row.tagged()) {
        sdk().sdk().tags().assign(desk, vip.id(), List.of(added.id()));
      }
      if (row.archived()) {
        sdk().roster().archive(sdk().owner(), added.id());
      }
      roster.add(
          new Row(
              added.id(),
              row.first(),
              row.last(),
              email,
              details.username(),
              row.phone(),
              row.archived(),
              row.tagged()));
    }
    renameSome(desk, roster);
    List<String> failures = new ArrayList<>();
    for (Query query : queries(roster).list().ofSize(QUERIES).sample()) {
      List<String> expected = scan(roster, query);
      List<String> actual = pages(desk, query, vip);
      if (!actual.equals(expected)) {
        failures.add(query + "\n  expected " + expected + "\n  but was  " + actual);
      }
    }
    assertThat(failures).as("queries whose pages differ from the ranked scan").isEmpty();
  }

  /**
   * Gives a random third of the customers other names (and some another email or phone), so the
   * search keys a store kept must follow the person: a store that indexes on write has to move
   * them.
   */
  private void renameSome(Caller desk, List<Row> roster) {
    List<Row> names = rows().list().ofSize(roster.size()).sample();
    for (int i = 0; i < roster.size(); i += 3) {
      Row before = roster.get(i);
      Row drawn = names.get(i);
      String email = drawn.email() == null ? null : drawn.email().replace("@", "r" + i + "@");
      CustomerProfile current = sdk().roster().profile(desk, before.id());
      CustomerDetails details =
          current
              .details()
              .withFirstName(drawn.first())
              .withLastName(drawn.last())
              .withEmail(email)
              .withPhone(drawn.phone());
      sdk().roster().update(sdk().owner(), before.id(), current.customer().version(), details);
      roster.set(
          i,
          new Row(
              before.id(),
              drawn.first(),
              drawn.last(),
              email,
              before.username(),
              drawn.phone(),
              before.archived(),
              before.tagged()));
    }
  }

  private List<String> pages(Caller desk, Query query, Tag vip) {
    SearchQuery search =
        SearchQuery.of(query.text())
            .withStatus(query.status())
            .withLimit(query.limit())
            .withFilter(query.byTag() ? CustomerFilter.tag(vip.id()) : null);
    List<String> hits = new ArrayList<>();
    String cursor = null;
    for (int page = 0; page < 200; page++) {
      Page<SearchHit> found = sdk().roster().search(desk, search.after(cursor));
      for (SearchHit hit : found.items()) {
        hits.add(hit.tier() + " " + hit.entry().id());
      }
      cursor = found.nextCursor();
      if (cursor == null) {
        return hits;
      }
    }
    throw new AssertionError("search did not finish within 200 pages: " + query);
  }

  /** The ranked scan: every customer, its tier by the rule, sorted, no paging. */
  private static List<String> scan(List<Row> roster, Query query) {
    String text = SearchText.normalize(query.text());
    String digits = SearchText.isPhoneQuery(query.text()) ? SearchText.digits(query.text()) : null;
    record Hit(MatchTier tier, String sortName, String id) {}
    List<Hit> hits = new ArrayList<>();
    for (Row row : roster) {
      boolean included =
          switch (query.status()) {
            case ACTIVE -> !row.archived();
            case ARCHIVED -> row.archived();
            case ALL -> true;
          };
      if (!included || (query.byTag() && !row.tagged())) {
        continue;
      }
      MatchTier tier = tier(row, text, digits);
      if (tier != null) {
        hits.add(new Hit(tier, SearchText.sortName(row.first(), row.last()), row.id().toString()));
      }
    }
    hits.sort(Comparator.comparing(Hit::tier).thenComparing(Hit::sortName).thenComparing(Hit::id));
    return hits.stream().map(h -> h.tier() + " " + h.id()).toList();
  }

  private static @Nullable MatchTier tier(Row row, String text, @Nullable String digits) {
    String email = row.email() == null ? null : SearchText.normalize(row.email());
    if (text.equals(email)) {
      return MatchTier.EXACT_EMAIL;
    }
    if (matches(row, email, text, digits, String::startsWith)) {
      return MatchTier.PREFIX;
    }
    if (matches(row, email, text, digits, String::contains)) {
      return MatchTier.SUBSTRING;
    }
    return null;
  }

  private static boolean matches(
      Row row,
      @Nullable String email,
      String text,
      @Nullable String digits,
      BiPredicate<String, String> test) {
    String first = SearchText.normalize(row.first());
    String last = SearchText.normalize(row.last());
    List<String> fields = new ArrayList<>(List.of(first, last, (first + " " + last).trim()));
    if (email != null) {
      fields.add(email);
    }
    if (row.username() != null) {
      fields.add(SearchText.normalize(row.username()));
    }
    if (fields.stream().anyMatch(field -> test.test(field, text))) {
      return true;
    }
    return digits != null
        && row.phone() != null
        && test.test(SearchText.digits(row.phone()), digits);
  }

  private static Arbitrary<Row> rows() {
    Arbitrary<String> first = Arbitraries.of(FIRST);
    Arbitrary<String> last = Arbitraries.of(LAST);
    // "" for no phone: jqwik's combinators take no null values.
    Arbitrary<String> phone =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.strings().numeric().ofLength(6).map(d -> "07700 " + d)),
            Tuple.of(2, Arbitraries.just("")));
    Arbitrary<Boolean> username = Arbitraries.of(true, false);
    Arbitrary<Boolean> archived = Arbitraries.of(false, false, false, false, true);
    Arbitrary<Boolean> tagged = Arbitraries.of(false, false, true);
    Arbitrary<Boolean> hasEmail = Arbitraries.of(true, true, true, false);
    return Combinators.combine(first, last, phone, username, archived, tagged, hasEmail)
        .as(
            (f, l, p, u, a, t, e) ->
                new Row(
                    CustomerId.parse("00000000-0000-7000-8000-000000000000"),
                    f,
                    l,
                    e ? handle(f, l) + "@Example.com" : null,
                    u ? handle(l, f) : null,
                    p.isEmpty() ? null : p,
                    a,
                    t));
  }

  /** The texts of a customer a query is cut from. */
  private static List<String> sources(Row row) {
    List<String> sources =
        new ArrayList<>(List.of(row.first(), row.last(), row.first() + " " + row.last()));
    if (row.email() != null) {
      sources.add(row.email());
    }
    if (row.phone() != null) {
      sources.add(row.phone());
    }
    return sources;
  }

  /** An email or username handle: the names in ASCII, dotted, in their own case. */
  private static String handle(String a, String b) {
    String ascii = Normalizer.normalize(a + "." + b, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return ascii.replaceAll("[^A-Za-z0-9.]", "");
  }

  private static Arbitrary<Query> queries(List<Row> roster) {
    Arbitrary<String> fragment =
        Arbitraries.of(roster)
            .flatMap(row -> Arbitraries.of(sources(row)))
            .flatMap(
                source ->
                    Arbitraries.integers()
                        .between(0, source.length() - 1)
                        .flatMap(
                            start ->
                                Arbitraries.integers()
                                    .between(start + 1, source.length())
                                    .map(end -> source.substring(start, end))));
    List<String> emails =
        roster.stream()
            .map(Row::email)
            .filter(e -> e != null)
            .map(e -> String.valueOf(e).toUpperCase(Locale.ROOT))
            .toList();
    Arbitrary<String> whole =
        emails.isEmpty() ? Arbitraries.just("nobody@example.com") : Arbitraries.of(emails);
    Arbitrary<String> other =
        Arbitraries.of(
            "zoe", "angst", "son", "an", "AN", "0770", "900", "xyz", "  ann  ", "é", "o'n");
    Arbitrary<String> text =
        Arbitraries.frequencyOf(Tuple.of(6, fragment), Tuple.of(2, whole), Tuple.of(2, other))
            .filter(t -> !t.isBlank());
    return Combinators.combine(
            text,
            Arbitraries.of(
                StatusFilter.ACTIVE, StatusFilter.ACTIVE, StatusFilter.ALL, StatusFilter.ARCHIVED),
            Arbitraries.integers().between(1, 7),
            Arbitraries.of(false, false, true))
        .as(Query::new);
  }
}
