package dev.customers.core.memory;

import dev.customers.api.spi.SearchFields;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Trigram postings of one roster: for each three-character gram of a customer's search fields, the
 * slots of the customers that hold it, in name order (so a search walks them and stops at its
 * page). A field's first two characters after a start marker are a gram too, which bounds the
 * candidates of a prefix. Postings only narrow a search: every candidate is checked against {@link
 * SearchFields#match}, so a gram that matches more than it should costs time, never a wrong hit.
 *
 * <p>An open-addressing table of primitive keys: a million customers hold some forty million
 * postings, and boxed keys and lists would double the roster's heap.
 */
final class GramPostings {
  /** Marks a field's start; normalized search text is letters, digits and punctuation. */
  private static final char START = '\u0001';

  /** Set on every stored key, so that 0 means an empty table slot. */
  private static final long USED = 1L << 62;

  private static final int[] NONE = new int[0];

  /** The order lists are kept in: the roster's name order of two slots. */
  interface SlotOrder {
    int compare(int a, int b);
  }

  private final SlotOrder order;
  private long[] keys = new long[1024];
  private int[][] lists = new int[1024][];
  private int[] sizes = new int[1024];
  private int count;

  GramPostings(SlotOrder order) {
    this.order = order;
  }

  /** The grams of a customer's search fields ({@link SearchKey}), sorted, each once. */
  static long[] grams(String key) {
    int[] starts = SearchKey.starts(key);
    long[] grams = new long[key.length() + SearchKey.FIELDS];
    int n = 0;
    for (int f = 0; f < SearchKey.FIELDS; f++) {
      int from = starts[f];
      int to = starts[f + 1] - 1;
      if (to - from >= 2) {
        grams[n++] = pack(START, key.charAt(from), key.charAt(from + 1));
      }
      for (int i = from; i + 3 <= to; i++) {
        grams[n++] = pack(key.charAt(i), key.charAt(i + 1), key.charAt(i + 2));
      }
    }
    Arrays.sort(grams, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || grams[distinct - 1] != grams[i]) {
        grams[distinct++] = grams[i];
      }
    }
    return Arrays.copyOf(grams, distinct);
  }

  /** The grams of some texts (no start grams), sorted, each once. */
  static long[] textGrams(java.util.Collection<String> texts) {
    long[] all =
        texts.stream()
            .flatMapToLong(t -> Arrays.stream(queryGrams(t)))
            .sorted()
            .distinct()
            .toArray();
    return all;
  }

  /** The grams of query text, each once; empty when the text is shorter than three characters. */
  static long[] queryGrams(String text) {
    long[] grams = new long[Math.max(0, text.length() - 2)];
    for (int i = 0; i + 3 <= text.length(); i++) {
      grams[i] = pack(text.charAt(i), text.charAt(i + 1), text.charAt(i + 2));
    }
    return grams;
  }

  /** The start gram of a prefix of at least two characters. */
  static long startGram(String text) {
    return pack(START, text.charAt(0), text.charAt(1));
  }

  private static long pack(char a, char b, char c) {
    return USED | ((long) a << 32) | ((long) b << 16) | c;
  }

  void add(int slot, long[] grams) {
    for (long gram : grams) {
      int at = find(gram, true);
      int[] list = lists[at];
      int size = sizes[at];
      if (list == null) {
        list = new int[4];
      } else if (size == list.length) {
        list = Arrays.copyOf(list, size + (size >> 1) + 1);
      }
      int insert =
          size == 0 || order.compare(list[size - 1], slot) < 0 ? size : position(list, size, slot);
      System.arraycopy(list, insert, list, insert + 1, size - insert);
      list[insert] = slot;
      lists[at] = list;
      sizes[at] = size + 1;
    }
  }

  /**
   * Adds many slots, given in name order with their grams: each gram's new slots are collected in
   * order and merged into its list once.
   */
  void addAll(int[] slotsInOrder, java.util.function.IntFunction<long[]> gramsOf) {
    GramPostings fresh = new GramPostings(order);
    for (int slot : slotsInOrder) {
      for (long gram : gramsOf.apply(slot)) {
        int at = fresh.find(gram, true);
        int[] list = fresh.lists[at];
        int size = fresh.sizes[at];
        if (list == null) {
          list = new int[4];
        } else if (size == list.length) {
          list = Arrays.copyOf(list, size + (size >> 1) + 1);
        }
        list[size] = slot;
        fresh.lists[at] = list;
        fresh.sizes[at] = size + 1;
      }
    }
    if (count == 0) {
      // A first load: the fresh lists are the postings, nothing to merge them into.
      keys = fresh.keys;
      lists = fresh.lists;
      sizes = fresh.sizes;
      count = fresh.count;
      return;
    }
    for (int i = 0; i < fresh.keys.length; i++) {
      if (fresh.keys[i] == 0) {
        continue;
      }
      int at = find(fresh.keys[i], true);
      lists[at] = merge(lists[at], sizes[at], fresh.lists[i], fresh.sizes[i]);
      sizes[at] += fresh.sizes[i];
    }
  }

  private int[] merge(int @Nullable [] a, int aSize, int[] b, int bSize) {
    if (a == null || aSize == 0) {
      return Arrays.copyOf(b, bSize);
    }
    int[] merged = new int[aSize + bSize];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < aSize || j < bSize) {
      if (j == bSize || (i < aSize && order.compare(a[i], b[j]) < 0)) {
        merged[k++] = a[i++];
      } else {
        merged[k++] = b[j++];
      }
    }
    return merged;
  }

  void remove(int slot, long[] grams) {
    for (long gram : grams) {
      int at = find(gram, false);
      if (at < 0) {
        continue;
      }
      int index = position(lists[at], sizes[at], slot);
      if (index < sizes[at] && lists[at][index] == slot) {
        System.arraycopy(lists[at], index + 1, lists[at], index, sizes[at] - index - 1);
        sizes[at]--;
      }
    }
  }

  /** The first index whose slot is not before {@code slot} in name order. */
  private int position(int[] list, int size, int slot) {
    int low = 0;
    int high = size;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (order.compare(list[mid], slot) < 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Removes every slot in {@code gone} from every list, in one pass over the lists. */
  void removeAll(java.util.BitSet gone) {
    for (int at = 0; at < keys.length; at++) {
      int[] list = lists[at];
      if (list == null) {
        continue;
      }
      int kept = 0;
      for (int i = 0; i < sizes[at]; i++) {
        if (!gone.get(list[i])) {
          list[kept++] = list[i];
        }
      }
      sizes[at] = kept;
    }
  }

  /** The slots holding the gram, ascending (a view: read only the first {@link #size} of them). */
  int[] list(long gram) {
    int at = find(gram, false);
    return at < 0 ? NONE : lists[at];
  }

  int size(long gram) {
    int at = find(gram, false);
    return at < 0 ? 0 : sizes[at];
  }

  /** Of the grams (at least one), the one held by the fewest customers. */
  long rarest(long[] grams) {
    long rarest = grams[0];
    int best = Integer.MAX_VALUE;
    for (long gram : grams) {
      int size = size(gram);
      if (size < best) {
        best = size;
        rarest = gram;
      }
    }
    return rarest;
  }

  /** Frees the unused tail of every list, after a bulk load. */
  void trim() {
    for (int i = 0; i < lists.length; i++) {
      if (lists[i] != null && lists[i].length > sizes[i]) {
        lists[i] = Arrays.copyOf(lists[i], sizes[i]);
      }
    }
  }

  private int find(long gram, boolean create) {
    int mask = keys.length - 1;
    int at = Long.hashCode(gram * 0x9E3779B97F4A7C15L) & mask;
    while (keys[at] != 0) {
      if (keys[at] == gram) {
        return at;
      }
      at = (at + 1) & mask;
    }
    if (!create) {
      return -1;
    }
    if ((count + 1) * 2 > keys.length) {
      grow();
      return find(gram, true);
    }
    keys[at] = gram;
    sizes[at] = 0;
    count++;
    return at;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[][] oldLists = lists;
    int[] oldSizes = sizes;
    keys = new long[oldKeys.length * 2];
    lists = new int[keys.length][];
    sizes = new int[keys.length];
    count = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int at = find(oldKeys[i], true);
        lists[at] = oldLists[i];
        sizes[at] = oldSizes[i];
      }
    }
  }
}
