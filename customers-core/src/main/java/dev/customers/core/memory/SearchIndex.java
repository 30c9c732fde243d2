package dev.customers.core.memory;

import dev.customers.api.CustomerId;
import dev.customers.api.roster.Customer;
import dev.customers.api.roster.MatchTier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One roster's search index: every customer in a slot, the slots in name order (sort name, then
 * id), and trigram postings kept in that same order. A search costs what its page costs, not what
 * its matches cost: each tier walks, in name order from the cursor, the customers present in every
 * posting of the query's grams (a galloping intersection that skips whole runs of names), checks
 * each against {@link SearchKey#match}, and stops when the page is full. Changed only under the
 * storage's write lock; searches share the read lock.
 */
final class SearchIndex {
  /** The most postings one walk intersects: the rarest ones; checking each hit does the rest. */
  private static final int MAX_LISTS = 3;

  /** A customer in the index. Its fields change only under the write lock. */
  static final class Entry {
    final int slot;
    final CustomerId id;
    Customer customer;

    /** The customer's person's search fields, packed ({@link SearchKey}). */
    String key;

    Entry(int slot, Customer customer, String key) {
      this.slot = slot;
      this.id = customer.id();
      this.customer = customer;
      this.key = key;
    }
  }

  /** A hit of a name tier. */
  record Hit(Entry entry, MatchTier tier) {}

  /** What a search looks for and among whom. */
  private record Query(String text, @Nullable String digits, Predicate<Customer> keep) {}

  /** Where the previous page ended. */
  record After(MatchTier tier, String sortName, UUID id) {}

  static final Comparator<Entry> NAME_ORDER =
      (a, b) -> {
        int byName = SearchKey.compareSortNames(a.key, b.key);
        return byName != 0 ? byName : compareIds(a.id.value(), b.id.value());
      };

  /** Highest label: labels are spread over [0, 2^62] so a midpoint never overflows. */
  private static final long LABEL_SPAN = 1L << 62;

  private Entry[] slots = new Entry[16];

  /**
   * Each slot's place in name order as a number with gaps (an order-maintenance labelling): a new
   * customer takes the midpoint of its neighbours, and when there is no gap left every label is
   * spread out again, which keeps their order and so every posting list valid.
   */
  private long[] labels = new long[16];

  private int size;
  private int[] byName = new int[16];
  private int named;
  private final Map<CustomerId, Entry> byId = new HashMap<>();
  private final GramPostings grams = new GramPostings(this::compareSlots);

  /**
   * Name order of two indexed slots by their labels: one array read each, where comparing names
   * would follow four references and compare text. Intersections make thousands of these.
   */
  private int compareSlots(int a, int b) {
    return Long.compare(labels[a], labels[b]);
  }

  /** Ids compare as their text does (lower-case hex): unsigned, high bits first. */
  static int compareIds(UUID a, UUID b) {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0
        ? high
        : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  }

  @Nullable Entry entry(CustomerId id) {
    return byId.get(id);
  }

  int size() {
    return byId.size();
  }

  /** Every customer of the roster, in no particular order. */
  java.util.Collection<Entry> entries() {
    return java.util.Collections.unmodifiableCollection(byId.values());
  }

  /** Adds a customer not yet in the index. */
  Entry add(Customer customer, String key) {
    Entry entry = new Entry(nextSlot(), customer, key);
    slots[entry.slot] = entry;
    byId.put(entry.id, entry);
    insertByName(entry);
    grams.add(entry.slot, GramPostings.grams(key));
    return entry;
  }

  /**
   * Adds many customers, none in the index yet, building the name order by one sort and a merge:
   * the bulk path.
   */
  List<Entry> addAll(List<Customer> customers, List<String> keys) {
    Entry[] added = new Entry[customers.size()];
    for (int i = 0; i < added.length; i++) {
      Entry entry = new Entry(nextSlot(), customers.get(i), keys.get(i));
      slots[entry.slot] = entry;
      byId.put(entry.id, entry);
      added[i] = entry;
    }
    Arrays.sort(added, NAME_ORDER);
    int[] ordered = new int[added.length];
    for (int i = 0; i < added.length; i++) {
      ordered[i] = added[i].slot;
    }
    int[] merged = new int[Math.max(16, named + added.length)];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < named || j < added.length) {
      if (j == added.length || (i < named && NAME_ORDER.compare(slots[byName[i]], added[j]) <= 0)) {
        merged[k++] = byName[i++];
      } else {
        merged[k++] = added[j++].slot;
      }
    }
    byName = merged;
    named = k;
    relabel();
    grams.addAll(ordered, slot -> GramPostings.grams(slots[slot].key));
    grams.trim();
    return Arrays.asList(added);
  }

  /** Takes many customers out again in one pass: the undo of {@link #addAll}. */
  void removeAll(List<Entry> entries) {
    java.util.BitSet gone = new java.util.BitSet(size);
    for (Entry entry : entries) {
      gone.set(entry.slot);
      byId.remove(entry.id);
    }
    int kept = 0;
    for (int i = 0; i < named; i++) {
      if (!gone.get(byName[i])) {
        byName[kept++] = byName[i];
      }
    }
    named = kept;
    grams.removeAll(gone);
  }

  /** Takes a customer out again: the undo of {@link #add}. */
  void remove(Entry entry) {
    removeByName(entry);
    grams.remove(entry.slot, GramPostings.grams(entry.key));
    byId.remove(entry.id);
  }

  /** Re-indexes a customer whose person's search fields changed. */
  void reindex(Entry entry, String key) {
    // Out of every list while its old name still places it, back in by its new name.
    removeByName(entry);
    grams.remove(entry.slot, GramPostings.grams(entry.key));
    entry.key = key;
    insertByName(entry);
    grams.add(entry.slot, GramPostings.grams(key));
  }

  /**
   * Up to {@code want} hits of the name tiers (exact email, prefix, substring) in order after
   * {@code after}, among the customers {@code keep} accepts.
   */
  List<Hit> search(
      String text,
      @Nullable String digits,
      Predicate<Customer> keep,
      @Nullable After after,
      int want) {
    List<Hit> hits = new ArrayList<>();
    Query query = new Query(text, digits, keep);
    long[] textGrams = GramPostings.queryGrams(text);
    long[] digitGrams = digits == null ? new long[0] : GramPostings.queryGrams(digits);
    // An email holds an @, so other text cannot be an exact email: no walk for that tier.
    boolean mayBeEmail = text.indexOf('@') >= 0 && text.length() >= 3;
    for (MatchTier tier : List.of(MatchTier.EXACT_EMAIL, MatchTier.PREFIX, MatchTier.SUBSTRING)) {
      if (hits.size() >= want || (tier == MatchTier.EXACT_EMAIL && !mayBeEmail)) {
        continue;
      }
      long[][] lists =
          tier == MatchTier.EXACT_EMAIL
              ? streams(textGrams, text, null, null, true)
              : streams(textGrams, text, digitGrams, digits, tier == MatchTier.PREFIX);
      walk(tier, lists, query, after, want, hits);
    }
    return hits;
  }

  /**
   * The postings a tier's hits must all hold: for the text, and for a phone's digits, each gram
   * (and for a prefix, the start gram). An empty set of lists for a part means that part cannot be
   * narrowed (text too short): the tier then walks the whole name order.
   */
  private long @Nullable [][] streams(
      long[] textGrams,
      String text,
      long @Nullable [] digitGrams,
      @Nullable String digits,
      boolean prefix) {
    long[] textLists = lists(textGrams, text, prefix);
    if (digits == null || digitGrams == null || digits.equals(text)) {
      return textLists.length == 0 ? null : new long[][] {textLists};
    }
    long[] digitLists = lists(digitGrams, digits, prefix);
    return textLists.length == 0 || digitLists.length == 0
        ? null
        : new long[][] {textLists, digitLists};
  }

  /**
   * The few grams a hit on {@code text} holds that narrow it most: the rarest first, then those
   * that cover the most of the text not yet covered (the rarer on a tie). By size alone, "zoe tan"
   * took three grams around the space and left "zoe" out, so the walk checked every Chloé and Grace
   * Tanaka; covering the text picks "e t", "zoe" and "tan".
   */
  private long[] lists(long[] queryGrams, String text, boolean prefix) {
    int count = queryGrams.length + (prefix && text.length() >= 2 ? 1 : 0);
    if (count == 0) {
      return new long[0];
    }
    long[] gram = new long[count];
    int[] from = new int[count];
    for (int i = 0; i < queryGrams.length; i++) {
      gram[i] = queryGrams[i];
      from[i] = i;
    }
    if (count > queryGrams.length) {
      // The start gram stands for the text's first two characters.
      gram[count - 1] = GramPostings.startGram(text);
      from[count - 1] = -1;
    }
    int[] sizes = new int[count];
    int rarest = 0;
    for (int i = 0; i < count; i++) {
      sizes[i] = grams.size(gram[i]);
      if (sizes[i] < sizes[rarest]) {
        rarest = i;
      }
    }
    boolean[] covered = new boolean[text.length()];
    List<Integer> picked = new ArrayList<>(List.of(rarest));
    cover(covered, from[rarest]);
    while (picked.size() < MAX_LISTS) {
      int best = -1;
      int bestGain = 0;
      for (int i = 0; i < count; i++) {
        // A list much longer than the rarest costs more to fold in than its checks would save.
        if (picked.contains(i)
            || gram[i] == gram[rarest]
            || sizes[i] > 16L * sizes[rarest] + 4096) {
          continue;
        }
        int gain = gain(covered, from[i]);
        if (gain > bestGain || (gain == bestGain && gain > 0 && sizes[i] < sizes[best])) {
          best = i;
          bestGain = gain;
        }
      }
      if (best < 0) {
        break;
      }
      picked.add(best);
      cover(covered, from[best]);
    }
    picked.sort(Comparator.comparingInt(i -> sizes[i]));
    return picked.stream().mapToLong(i -> gram[i]).distinct().toArray();
  }

  /** The characters of the text a gram at {@code from} stands for (-1: the start gram). */
  private static int gain(boolean[] covered, int from) {
    int gain = 0;
    for (int c = Math.max(0, from); c < (from < 0 ? 2 : from + 3); c++) {
      if (!covered[c]) {
        gain++;
      }
    }
    return gain;
  }

  private static void cover(boolean[] covered, int from) {
    for (int c = Math.max(0, from); c < (from < 0 ? 2 : from + 3); c++) {
      covered[c] = true;
    }
  }

  /**
   * Adds the tier's hits after the cursor, in name order, until {@code want}: from the
   * intersections of {@code streams} (merged when there are two), or the whole name order when
   * there are none.
   */
  private void walk(
      MatchTier tier,
      long @Nullable [][] streams,
      Query query,
      @Nullable After after,
      int want,
      List<Hit> hits) {
    if (after != null && after.tier().compareTo(tier) > 0) {
      return;
    }
    After from = after != null && after.tier() == tier ? after : null;
    if (streams == null) {
      for (int i = from == null ? 0 : firstAfter(from); i < named && hits.size() < want; i++) {
        offer(slots[byName[i]], tier, query, hits);
      }
      return;
    }
    Intersection[] walks = new Intersection[streams.length];
    int[] next = new int[streams.length];
    for (int s = 0; s < streams.length; s++) {
      walks[s] = new Intersection(streams[s], from);
      next[s] = walks[s].next();
    }
    while (hits.size() < want) {
      int best = -1;
      for (int s = 0; s < streams.length; s++) {
        if (next[s] >= 0 && (best < 0 || compareSlots(next[s], next[best]) < 0)) {
          best = s;
        }
      }
      if (best < 0) {
        return;
      }
      int slot = next[best];
      for (int s = 0; s < streams.length; s++) {
        if (next[s] == slot) {
          next[s] = walks[s].next();
        }
      }
      offer(slots[slot], tier, query, hits);
    }
  }

  private void offer(Entry entry, MatchTier tier, Query query, List<Hit> hits) {
    if (SearchKey.match(entry.key, query.text(), query.digits()) == tier
        && query.keep().test(entry.customer)) {
      hits.add(new Hit(entry, tier));
    }
  }

  /**
   * The slots, in name order after a cursor, that are in every one of some postings: the rarest
   * list is walked in order, and the others are bitsets over the slots, so each step is one bit
   * test whatever the names.
   */
  private final class Intersection {
    private final int[] walked;
    private final int end;
    private final long[][] others;
    private int at;

    Intersection(long[] gramsToJoin, @Nullable After from) {
      walked = grams.list(gramsToJoin[0]);
      end = grams.size(gramsToJoin[0]);
      at = from == null ? 0 : firstAfter(walked, end, from);
      others = new long[gramsToJoin.length - 1][];
      for (int i = 1; i < gramsToJoin.length; i++) {
        long[] bits = new long[(size >>> 6) + 1];
        int[] list = grams.list(gramsToJoin[i]);
        for (int k = grams.size(gramsToJoin[i]) - 1; k >= 0; k--) {
          bits[list[k] >>> 6] |= 1L << list[k];
        }
        others[i - 1] = bits;
      }
    }

    /** The next slot in every list, or -1. */
    int next() {
      while (at < end) {
        int slot = walked[at++];
        boolean inAll = true;
        for (long[] bits : others) {
          if ((bits[slot >>> 6] & (1L << slot)) == 0) {
            inAll = false;
            break;
          }
        }
        if (inAll) {
          return slot;
        }
      }
      return -1;
    }
  }

  /** The first position in name order after the cursor's name and id. */
  private int firstAfter(After after) {
    return firstAfter(byName, named, after);
  }

  /** The first index of a list in name order whose customer comes after the cursor. */
  private int firstAfter(int[] list, int size, After after) {
    int low = 0;
    int high = size;
    while (low < high) {
      int mid = (low + high) >>> 1;
      Entry entry = slots[list[mid]];
      int byName = SearchKey.compareSortName(entry.key, after.sortName());
      int compared = byName != 0 ? byName : compareIds(entry.id.value(), after.id());
      if (compared <= 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private int nextSlot() {
    if (size == slots.length) {
      slots = Arrays.copyOf(slots, size * 2);
      labels = Arrays.copyOf(labels, size * 2);
    }
    return size++;
  }

  private void relabel() {
    long spacing = LABEL_SPAN / (named + 1L);
    for (int i = 0; i < named; i++) {
      labels[byName[i]] = (i + 1L) * spacing;
    }
  }

  private int position(Entry entry) {
    int low = 0;
    int high = named;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (NAME_ORDER.compare(slots[byName[mid]], entry) < 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private void insertByName(Entry entry) {
    if (named == byName.length) {
      byName = Arrays.copyOf(byName, named * 2);
    }
    int at = position(entry);
    System.arraycopy(byName, at, byName, at + 1, named - at);
    byName[at] = entry.slot;
    named++;
    long before = at == 0 ? 0 : labels[byName[at - 1]];
    long after = at == named - 1 ? LABEL_SPAN : labels[byName[at + 1]];
    if (after - before < 2) {
      relabel();
    } else {
      labels[entry.slot] = before + (after - before) / 2;
    }
  }

  private void removeByName(Entry entry) {
    int low = 0;
    int high = named;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (labels[byName[mid]] < labels[entry.slot]) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    int at = low;
    if (at < named && byName[at] == entry.slot) {
      System.arraycopy(byName, at + 1, byName, at, named - at - 1);
      named--;
    }
  }
}
