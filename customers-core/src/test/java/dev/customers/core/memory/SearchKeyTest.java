package dev.customers.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.spi.SearchFields;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/** The packed key answers exactly as the search fields it was made from. */
class SearchKeyTest {

  /** Few characters, so that fields share text and queries hit, miss and straddle often. */
  private static Arbitrary<String> text(int max) {
    return Arbitraries.strings().withChars("abz .@-1é\u0001").ofMinLength(0).ofMaxLength(max);
  }

  @Provide
  Arbitrary<SearchFields> fields() {
    Arbitrary<String> name = text(6);
    Arbitrary<@Nullable String> optional = text(9).injectNull(0.3);
    Arbitrary<@Nullable String> phone =
        Arbitraries.strings().withChars("0123").ofMaxLength(6).injectNull(0.3);
    return Combinators.combine(name, name, optional, optional, phone)
        .as(
            (first, last, email, username, digits) ->
                new SearchFields(
                    first,
                    last,
                    (first + " " + last).trim(),
                    email,
                    username,
                    digits,
                    last + " " + first));
  }

  @Provide
  Arbitrary<String> queries() {
    return Arbitraries.oneOf(text(4), text(12));
  }

  @Provide
  Arbitrary<@Nullable String> digits() {
    return Arbitraries.strings().withChars("0123").ofMaxLength(4).injectNull(0.4);
  }

  @Property(tries = 3000)
  void match_isTheFieldsMatch(
      @ForAll("fields") SearchFields fields,
      @ForAll("queries") String text,
      @ForAll("digits") @Nullable String digits) {
    String key = SearchKey.of(fields);
    assertThat(SearchKey.match(key, text, digits)).isEqualTo(fields.match(text, digits));
    for (String part : parts(fields)) {
      // Text taken from the fields themselves: every tier is reached.
      for (int from = 0; from < part.length(); from++) {
        String piece = part.substring(from, Math.min(part.length(), from + 3));
        assertThat(SearchKey.match(key, piece, digits)).isEqualTo(fields.match(piece, digits));
        assertThat(SearchKey.match(key, part.substring(from), part.substring(from)))
            .isEqualTo(fields.match(part.substring(from), part.substring(from)));
      }
    }
  }

  @Property(tries = 2000)
  void sortNames_orderAsTheirText(
      @ForAll("fields") SearchFields a, @ForAll("fields") SearchFields b) {
    String keyA = SearchKey.of(a);
    String keyB = SearchKey.of(b);
    assertThat(SearchKey.sortName(keyA)).isEqualTo(a.sortName());
    assertThat(Integer.signum(SearchKey.compareSortNames(keyA, keyB)))
        .isEqualTo(Integer.signum(a.sortName().compareTo(b.sortName())));
    assertThat(Integer.signum(SearchKey.compareSortName(keyA, b.sortName())))
        .isEqualTo(Integer.signum(a.sortName().compareTo(b.sortName())));
  }

  @Property(tries = 2000)
  void grams_areEachFieldsTrigramsAndStartGram(@ForAll("fields") SearchFields fields) {
    TreeSet<Long> expected = new TreeSet<>();
    for (String field : parts(fields)) {
      if (field.length() >= 2) {
        expected.add(gram('\u0001', field.charAt(0), field.charAt(1)));
      }
      for (int i = 0; i + 3 <= field.length(); i++) {
        expected.add(gram(field.charAt(i), field.charAt(i + 1), field.charAt(i + 2)));
      }
    }
    long[] grams = GramPostings.grams(SearchKey.of(fields));
    List<Long> actual = new ArrayList<>();
    for (long gram : grams) {
      actual.add(gram);
    }
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  private static long gram(char a, char b, char c) {
    // The same packing as a query's grams, which is what postings are looked up by.
    return GramPostings.queryGrams(new String(new char[] {a, b, c}))[0];
  }

  private static List<String> parts(SearchFields fields) {
    List<String> parts = new ArrayList<>(List.of(fields.first(), fields.last(), fields.full()));
    for (String optional : new String[] {fields.email(), fields.username(), fields.phoneDigits()}) {
      if (optional != null) {
        parts.add(optional);
      }
    }
    return parts;
  }
}
