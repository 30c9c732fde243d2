package dev.customers.core.duplicates;

import static java.util.Objects.requireNonNull;

import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.StaffRole;
import dev.customers.api.duplicates.DuplicatePair;
import dev.customers.api.duplicates.DuplicateQuery;
import dev.customers.api.duplicates.DuplicateReason;
import dev.customers.api.duplicates.DuplicateService;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.Person;
import dev.customers.api.roster.RosterEntry;
import dev.customers.core.internal.Lookups;
import dev.customers.core.internal.Transactions;
import dev.customers.core.roster.RosterPages;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Reads the roster a page at a time, keeping only what is compared of each customer, finds the
 * pairs ({@link DuplicateFinder}), and reads the customers of the pairs returned.
 */
final class DefaultDuplicateService implements DuplicateService {
  private final Transactions transactions;

  @Inject
  DefaultDuplicateService(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public List<DuplicatePair> find(Caller caller, DuplicateQuery query) {
    requireNonNull(query, "query");
    CustomerQuery pages =
        CustomerQuery.active().withStatus(query.status()).withLimit(PageRequest.MAX_LIMIT);
    List<DuplicateFinder.Candidate> candidates = new ArrayList<>();
    String cursor = null;
    do {
      CustomerQuery next = pages.after(cursor);
      Page<RosterEntry> page =
          transactions.read(
              caller,
              (org, session, permissions) ->
                  RosterPages.list(session, org.id(), permissions, transactions.now(), next));
      for (RosterEntry entry : page.items()) {
        Person person = entry.person();
        candidates.add(
            new DuplicateFinder.Candidate(
                entry.id(),
                person.email() == null ? null : person.email().key(),
                person.phone(),
                person.firstName(),
                person.lastName(),
                person.birthday()));
      }
      cursor = page.nextCursor();
    } while (cursor != null);
    Map<DuplicateFinder.Pair, EnumSet<DuplicateReason>> found = DuplicateFinder.pairs(candidates);
    record Found(CustomerId first, CustomerId second, EnumSet<DuplicateReason> reasons) {}
    List<Found> chosen =
        found.entrySet().stream()
            .map(
                e -> {
                  CustomerId a = candidates.get(e.getKey().first()).id();
                  CustomerId b = candidates.get(e.getKey().second()).id();
                  return a.compareTo(b) <= 0
                      ? new Found(a, b, e.getValue())
                      : new Found(b, a, e.getValue());
                })
            .sorted(
                Comparator.<Found>comparingInt(f -> -f.reasons().size())
                    .thenComparing(f -> f.reasons().iterator().next())
                    .thenComparing(Found::first)
                    .thenComparing(Found::second))
            .limit(query.limit())
            .toList();
    // Only the customers of the pairs returned are read whole.
    return transactions.read(
        caller,
        (org, session, permissions) -> {
          permissions.requireStaff(StaffRole.STAFF, "find duplicate customers");
          List<DuplicatePair> pairs = new ArrayList<>();
          for (Found f : chosen) {
            pairs.add(
                new DuplicatePair(
                    Lookups.customer(session, org.id(), f.first()),
                    Lookups.customer(session, org.id(), f.second()),
                    f.reasons()));
          }
          return pairs;
        });
  }
}
