package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.CustomerId;
import dev.customers.api.duplicates.DuplicatePair;
import dev.customers.api.duplicates.DuplicateQuery;
import dev.customers.api.duplicates.DuplicateReason;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.Person;
import dev.customers.api.spi.SearchText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The pairs found on random small rosters (names a letter apart, swapped, accented; phones written
 * differently; shared birthdays; an email reused after its customer was archived) are exactly those
 * a comparison of every pair by the documented rules finds: blocking never misses a pair and never
 * reports a wrong one.
 */
class DuplicatePropertyTest {
  // First and last names from one small pool, so swapped names and near misses are common.
  private static final List<String> FIRST =
      List.of("Ann", "Anne", "Jon", "John", "Máry", "Mary", "Lee", "Chan", "Zoë");
  private static final List<String> LAST = List.of("Lee", "Chan", "Anne", "Jon", "Smith", "");
  private static final List<String> PHONES =
      List.of("+44 20 7946 0000", "020 7946 0000", "07700 900123", "+1 555 0100 999", "12345");
  private static final List<LocalDate> BIRTHDAYS =
      List.of(LocalDate.of(1990, 1, 1), LocalDate.of(1985, 5, 5));

  /** One customer to add: a name, maybe a phone, birthday and email (by index into a pool). */
  record Row(String first, String last, int phone, int birthday, int email) {}

  @Provide
  Arbitrary<List<Row>> rosters() {
    Arbitrary<Row> row =
        Combinators.combine(
                Arbitraries.of(FIRST),
                Arbitraries.of(LAST),
                Arbitraries.integers().between(-1, PHONES.size() - 1),
                Arbitraries.integers().between(-1, BIRTHDAYS.size() - 1),
                Arbitraries.integers().between(-1, 3))
            .as(Row::new);
    return row.list().ofMinSize(2).ofMaxSize(14);
  }

  @Property(tries = 60)
  void foundPairs_areExactlyThoseEveryPairComparedFinds(@ForAll("rosters") List<Row> rows) {
    try (TestCustomers t = TestCustomers.inMemory()) {
      Map<Integer, CustomerProfile> holder = new HashMap<>();
      List<Person> people = new ArrayList<>();
      for (Row row : rows) {
        CustomerDetails details = CustomerDetails.of(row.first(), row.last());
        if (row.phone() >= 0) {
          details = details.withPhone(PHONES.get(row.phone()));
        }
        if (row.birthday() >= 0) {
          details = details.withBirthday(BIRTHDAYS.get(row.birthday()));
        }
        if (row.email() >= 0) {
          CustomerProfile earlier = holder.get(row.email());
          if (earlier != null) {
            t.roster().archive(t.admin(), earlier.id()); // the email passes to the new customer
          }
          details = details.withEmail("person" + row.email() + "@example.com");
        }
        CustomerProfile added = t.roster().add(t.staff(), details);
        if (row.email() >= 0) {
          holder.put(row.email(), added);
        }
        people.add(added.person());
      }
      List<CustomerProfile> customers =
          people.stream()
              .map(
                  p ->
                      t
                          .roster()
                          .list(
                              t.staff(),
                              dev.customers.api.roster.CustomerQuery.active()
                                  .withStatus(dev.customers.api.roster.StatusFilter.ALL)
                                  .withLimit(500))
                          .items()
                          .stream()
                          .filter(e -> e.person().id().equals(p.id()))
                          .findFirst()
                          .map(e -> new CustomerProfile(e.customer(), e.person(), false))
                          .orElseThrow())
              .toList();
      Map<Set<CustomerId>, Set<DuplicateReason>> expected = new HashMap<>();
      for (int a = 0; a < customers.size(); a++) {
        for (int b = a + 1; b < customers.size(); b++) {
          EnumSet<DuplicateReason> reasons =
              oracle(customers.get(a).person(), customers.get(b).person());
          if (!reasons.isEmpty()) {
            expected.put(Set.of(customers.get(a).id(), customers.get(b).id()), reasons);
          }
        }
      }
      Map<Set<CustomerId>, Set<DuplicateReason>> found = new HashMap<>();
      for (DuplicatePair pair :
          t.sdk().duplicates().find(t.staff(), DuplicateQuery.all().withLimit(500))) {
        found.put(Set.of(pair.first().id(), pair.second().id()), pair.reasons());
      }
      assertThat(found).isEqualTo(expected);
    }
  }

  private static EnumSet<DuplicateReason> oracle(Person a, Person b) {
    EnumSet<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
    if (a.email() != null && b.email() != null && a.email().key().equals(b.email().key())) {
      reasons.add(DuplicateReason.SAME_EMAIL);
    }
    String pa = phone(a.phone());
    if (pa != null && pa.equals(phone(b.phone()))) {
      reasons.add(DuplicateReason.SAME_PHONE);
    }
    String na = name(a);
    String nb = name(b);
    if (!na.isEmpty()
        && na.equals(nb)
        && a.birthday() != null
        && a.birthday().equals(b.birthday())) {
      reasons.add(DuplicateReason.SAME_NAME_AND_BIRTHDAY);
    }
    if (na.length() >= 4
        && nb.length() >= 4
        && (na.equals(nb) || words(na).equals(words(nb)) || levenshtein(na, nb) <= 1)) {
      reasons.add(DuplicateReason.SIMILAR_NAME);
    }
    return reasons;
  }

  private static String name(Person p) {
    return SearchText.normalize(p.firstName() + " " + p.lastName()).strip().replaceAll("\\s+", " ");
  }

  private static String words(String name) {
    String[] words = name.split(" ");
    Arrays.sort(words);
    return String.join(" ", words);
  }

  private static String phone(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = SearchText.digits(phone);
    if (digits.length() < 7) {
      return null;
    }
    return digits.length() > 9 ? digits.substring(digits.length() - 9) : digits;
  }

  private static int levenshtein(String a, String b) {
    int[] previous = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int[] current = new int[b.length() + 1];
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      previous = current;
    }
    return previous[b.length()];
  }
}
