package dev.customers.api.tags;

import static java.util.Objects.requireNonNull;

/** How many active customers carry a tag. */
public record TagCount(Tag tag, long customers) {
  /**
   * Checks the components.
   *
   * @param customers the customers
   * @param tag the tag
   */
  public TagCount {
    requireNonNull(tag, "tag");
  }
}
