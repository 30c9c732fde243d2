package dev.customers.core.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Trigram postings of one organization's custom field values: which owners (persons or customers)
 * hold a value with each gram, so the field tier of a search visits the owners that may match, not
 * every owner with a value. Candidates only: the caller checks each value and the field's
 * visibility.
 */
final class FieldGrams {
  private final Map<UUID, Integer> slotOf = new HashMap<>();
  private UUID[] owners = new UUID[16];
  private int size;
  private final GramPostings grams = new GramPostings(Integer::compare);

  /** Replaces what an owner's values hold: the search texts of all its fields, before and after. */
  void replace(UUID owner, List<String> before, List<String> after) {
    int slot = slotOf.computeIfAbsent(owner, this::newSlot);
    grams.remove(slot, GramPostings.textGrams(before));
    grams.add(slot, GramPostings.textGrams(after));
  }

  /**
   * The owners that may hold the text, by its rarest gram; null when the text is too short to have
   * a gram (the caller then visits every owner).
   */
  @Nullable List<UUID> candidates(String text) {
    long[] query = GramPostings.queryGrams(text);
    if (query.length == 0) {
      return null;
    }
    long rarest = grams.rarest(query);
    int[] list = grams.list(rarest);
    int count = grams.size(rarest);
    List<UUID> found = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      found.add(owners[list[i]]);
    }
    return found;
  }

  private int newSlot(UUID owner) {
    if (size == owners.length) {
      owners = Arrays.copyOf(owners, size * 2);
    }
    owners[size] = owner;
    return size++;
  }
}
