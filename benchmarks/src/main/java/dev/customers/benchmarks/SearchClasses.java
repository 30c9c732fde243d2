package dev.customers.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The query classes of the search benchmark, each a list of texts drawn from the generated roster
 * (the same for every storage): what the front desk types, from a common three letters to a whole
 * email.
 */
final class SearchClasses {
  /** Every this-many-th customer holds a locker field value, found by the field-value class. */
  static final int LOCKER_EVERY = 100;

  private SearchClasses() {}

  /** The locker field value of the {@code i}th customer. */
  static String locker(int i) {
    return "K-" + i;
  }

  static Map<String, List<String>> of(List<RosterData.Row> rows, int perClass) {
    Random random = new Random(11);
    int count = rows.size();
    Map<String, List<String>> classes = new LinkedHashMap<>();
    classes.put("common 3-letter substring", cycle(List.of("son", "ova", "ith"), perClass));
    classes.put("common 3-letter prefix", cycle(List.of("ann", "pri", "smi"), perClass));
    List<String> phones = new ArrayList<>();
    List<String> emails = new ArrayList<>();
    List<String> rare = new ArrayList<>();
    List<String> none = new ArrayList<>();
    List<String> lockers = new ArrayList<>();
    for (int i = 0; i < perClass; i++) {
      RosterData.Row row = rows.get(random.nextInt(count));
      String digits = row.phone().replaceAll("[^0-9]", "");
      int from = 5 + random.nextInt(digits.length() - 5 - 6 + 1);
      phones.add(digits.substring(from, from + 6));
      emails.add(rows.get(random.nextInt(count)).email().toUpperCase(Locale.ROOT));
      rare.add("ser" + (10_000 + random.nextInt(Math.max(1, Math.min(count, 100_000) - 10_000))));
      none.add("qxz" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26)));
      lockers.add(locker(LOCKER_EVERY * random.nextInt(Math.max(1, count / LOCKER_EVERY))));
    }
    classes.put("6-digit phone fragment", phones);
    classes.put("exact email", emails);
    classes.put("rare 8-character fragment", rare);
    classes.put("no match", none);
    classes.put(
        "accented name fragment", cycle(List.of("chloé gar", "björn mü", "zoë tan"), perClass));
    classes.put("field value", lockers);
    return classes;
  }

  private static List<String> cycle(List<String> texts, int count) {
    List<String> cycled = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      cycled.add(texts.get(i % texts.size()));
    }
    return cycled;
  }
}
