package dev.customers.api.roster;

import static java.util.Objects.requireNonNull;

/** One search result and how well it matched. */
public record SearchHit(RosterEntry entry, MatchTier tier) {
  /**
   * Checks the components.
   *
   * @param entry the roster entry
   * @param tier how the search matched
   */
  public SearchHit {
    requireNonNull(entry, "entry");
    requireNonNull(tier, "tier");
  }
}
