package dev.customers.api.spi;

import dev.customers.api.roster.MatchTier;
import dev.customers.api.roster.Person;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * A person's searchable fields in {@link SearchText} form, made once when the person is written.
 * {@link #match} is the reference for what a search hit is and how it ranks; adapters that push
 * search down to SQL must agree with it.
 */
public record SearchFields(
    String first,
    String last,
    String full,
    @Nullable String email,
    @Nullable String username,
    @Nullable String phoneDigits,
    String sortName) {

  /** Separates the fields in {@link #all()}; normalized query text never contains it. */
  public static final String SEPARATOR = "\n";

  /**
   * The search keys of a person.
   *
   * @param person the person
   * @return the search keys of a person
   */
  public static SearchFields of(Person person) {
    String first = SearchText.name(person.firstName());
    String last = SearchText.name(person.lastName());
    return new SearchFields(
        first,
        last,
        (first + " " + last).trim(),
        person.email() == null
            ? null
            : StoredText.cap(SearchText.normalize(person.email().value()), StoredText.EMAIL),
        person.username() == null
            ? null
            : StoredText.cap(SearchText.normalize(person.username()), StoredText.USERNAME),
        person.phone() == null ? null : SearchText.digits(person.phone()),
        // sortName(first, last) is name(last) + " " + name(first): made from the two already here.
        last + " " + first);
  }

  /**
   * Every field joined by {@link #SEPARATOR}: one column a substring index can serve.
   *
   * @return every field joined by {@link #SEPARATOR}: one column a substring index can serve
   */
  public String all() {
    StringBuilder all =
        new StringBuilder(first).append(SEPARATOR).append(last).append(SEPARATOR).append(full);
    for (String field : new String[] {email, username, phoneDigits}) {
      if (field != null) {
        all.append(SEPARATOR).append(field);
      }
    }
    return all.toString();
  }

  /**
   * How {@code text} (normalized) matches, or null; {@code digits} is set for phone-like text.
   *
   * @param digits the phone number's digits, or null
   * @param text the text
   * @return how {@code text} (normalized) matches, or null; {@code digits} is set for phone-like
   *     text
   */
  public @Nullable MatchTier match(String text, @Nullable String digits) {
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
    return test.test(first, text)
        || test.test(last, text)
        || test.test(full, text)
        || (email != null && test.test(email, text))
        || (username != null && test.test(username, text))
        || (digits != null && phoneDigits != null && test.test(phoneDigits, digits));
  }
}
