package dev.customers.api.roster;

/** How well a search hit matched, best first. */
public enum MatchTier {
  /** The text is the customer's email address. */
  EXACT_EMAIL,
  /** A name, the email, the username or the phone starts with the text. */
  PREFIX,
  /** The text appears inside one of them. */
  SUBSTRING,
  /** The text appears inside a custom field value the caller may see (and in none of the above). */
  FIELD
}
