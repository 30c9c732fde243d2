package dev.customers.api.roster;

import static java.util.Objects.requireNonNull;

/** One search result and how well it matched. */
public record SearchHit(RosterEntry entry, MatchTier tier) {
  public SearchHit {
    requireNonNull(entry, "entry");
    requireNonNull(tier, "tier");
  }
}
