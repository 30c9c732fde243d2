package dev.customers.core.memory;

import dev.customers.api.roster.MatchTier;
import dev.customers.api.roster.Person;
import dev.customers.api.spi.SearchText;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/** A person's search fields, normalized once when the person is written rather than on every search. */
record SearchKeys(
    String first, String last, String full, @Nullable String email, @Nullable String username,
    @Nullable String phoneDigits, String sortName) {

  static SearchKeys of(Person person) {
    String first = SearchText.normalize(person.firstName());
    String last = SearchText.normalize(person.lastName());
    return new SearchKeys(
        first,
        last,
        (first + " " + last).trim(),
        person.email() == null ? null : SearchText.normalize(person.email().value()),
        person.username() == null ? null : SearchText.normalize(person.username()),
        person.phone() == null ? null : SearchText.digits(person.phone()),
        SearchText.sortName(person.firstName(), person.lastName()));
  }

  /** How {@code text} (normalized) matches, or null; {@code digits} is set for phone-like text. */
  @Nullable MatchTier match(String text, @Nullable String digits) {
    if (text.equals(email)) {
      return MatchTier.EXACT_EMAIL;
    }
    if (any(text, digits, String::startsWith)) {
      return MatchTier.PREFIX;
    }
    if (any(text, digits, String::contains)) {
      return MatchTier.SUBSTRING;
    }
    return null;
  }

  private boolean any(String text, @Nullable String digits, BiPredicate<String, String> test) {
    return test.test(first, text) || test.test(last, text) || test.test(full, text)
        || (email != null && test.test(email, text))
        || (username != null && test.test(username, text))
        || (digits != null && phoneDigits != null && test.test(phoneDigits, digits));
  }
}
