package dev.customers.benchmarks;

import dev.customers.api.roster.MatchTier;
import dev.customers.api.spi.SearchFields;
import dev.customers.api.spi.SearchText;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The in-memory anchor: a ranked one-pass scan over the same customers' search fields, keeping the
 * best page in a bounded heap. What a host would write over a list of its customers.
 */
final class MemoryScanAnchor {
  /** A hit of the scan. */
  private record Hit(MatchTier tier, String sortName, int index) {}

  private static final Comparator<Hit> ORDER =
      Comparator.comparing(Hit::tier).thenComparing(Hit::sortName).thenComparingInt(Hit::index);

  private final SearchFields[] fields;

  MemoryScanAnchor(List<SearchFields> fields) {
    this.fields = fields.toArray(SearchFields[]::new);
  }

  /** The first page of hits, as indexes into the roster. */
  int search(String query, int limit) {
    String text = SearchText.normalize(query);
    String digits = SearchText.isPhoneQuery(query) ? SearchText.digits(query) : null;
    PriorityQueue<Hit> best = new PriorityQueue<>(ORDER.reversed());
    for (int i = 0; i < fields.length; i++) {
      MatchTier tier = fields[i].match(text, digits);
      if (tier == null) {
        continue;
      }
      Hit hit = new Hit(tier, fields[i].sortName(), i);
      if (best.size() < limit) {
        best.add(hit);
      } else if (ORDER.compare(hit, best.peek()) < 0) {
        best.poll();
        best.add(hit);
      }
    }
    return best.size();
  }
}
