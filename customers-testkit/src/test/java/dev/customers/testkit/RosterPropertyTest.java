package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.Page;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.CustomerSort;
import dev.customers.api.roster.CustomerStatus;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.roster.SortDirection;
import dev.customers.api.roster.StatusFilter;
import dev.customers.api.spi.SearchText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Over random sequences of adds, renames, archives and unarchives in three organizations: list and
 * search never show another organization's customer, never an archived one unless asked, and paging
 * returns each matching customer exactly once.
 */
class RosterPropertyTest {
  private static final List<String> FIRST =
      List.of("Ann", "Anna", "Bob", "Björn", "Roberta", "Zoë");
  private static final List<String> LAST =
      List.of("Lee", "Leeson", "Smith", "Ó Brien", "Robson", "Åberg");
  private static final List<String> QUERIES =
      List.of("ann", "bjorn", "lee", "ro", "o b", "ZOE", "smith", "aberg", "n");

  /**
   * One step: 0 add, 1 rename, 2 archive, 3 unarchive; target picks an existing customer of the
   * org.
   */
  record Step(int kind, int org, int first, int last, int target) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, FIRST.size() - 1),
                Arbitraries.integers().between(0, LAST.size() - 1),
                Arbitraries.integers().between(0, 1000))
            .as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(40);
  }

  @Property(tries = 80)
  void listAndSearch_stayInTheirOrganization_respectArchive_andPageEachOnce(
      @ForAll("steps") List<Step> steps, @ForAll @IntRange(min = 1, max = 6) int pageSize) {
    try (TestCustomers t = TestCustomers.inMemory()) {
      List<Caller> callers =
          List.of(
              t.admin(),
              Fixtures.admin(t.newOrganization("B").id()),
              Fixtures.admin(t.newOrganization("C").id()));
      List<Map<CustomerId, Model>> models =
          List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
      int counter = 0;
      for (Step step : steps) {
        Caller caller = callers.get(step.org());
        Map<CustomerId, Model> model = models.get(step.org());
        List<CustomerId> ids = model.keySet().stream().sorted().toList();
        CustomerId target = ids.isEmpty() ? null : ids.get(step.target() % ids.size());
        String first = FIRST.get(step.first());
        String last = LAST.get(step.last());
        if (step.kind() == 0 || target == null) {
          String email = "c" + counter++ + "@example.com";
          CustomerProfile added =
              t.roster().add(caller, CustomerDetails.of(first, last).withEmail(email));
          model.put(added.id(), new Model(first, last, email, CustomerStatus.ACTIVE));
        } else if (step.kind() == 1) {
          CustomerProfile current = t.roster().profile(caller, target);
          t.roster()
              .update(
                  caller,
                  target,
                  current.version(),
                  current.details().withFirstName(first).withLastName(last));
          Model old = model.get(target);
          model.put(target, new Model(first, last, old.email(), old.status()));
        } else if (step.kind() == 2 && model.get(target).status() == CustomerStatus.ACTIVE) {
          t.roster().archive(caller, target);
          model.put(target, model.get(target).withStatus(CustomerStatus.ARCHIVED));
        } else if (step.kind() == 3 && model.get(target).status() == CustomerStatus.ARCHIVED) {
          t.roster().unarchive(caller, target);
          model.put(target, model.get(target).withStatus(CustomerStatus.ACTIVE));
        }
      }

      for (int org = 0; org < callers.size(); org++) {
        Caller caller = callers.get(org);
        Map<CustomerId, Model> model = models.get(org);
        for (StatusFilter status : StatusFilter.values()) {
          Set<CustomerId> expected =
              model.entrySet().stream()
                  .filter(e -> status.includes(e.getValue().status()))
                  .map(Map.Entry::getKey)
                  .collect(Collectors.toSet());
          for (CustomerSort sort : CustomerSort.values()) {
            for (SortDirection direction : SortDirection.values()) {
              List<CustomerId> listed =
                  listAll(
                      t,
                      caller,
                      CustomerQuery.active()
                          .withStatus(status)
                          .sortedBy(sort, direction)
                          .withLimit(pageSize));
              assertThat(listed).doesNotHaveDuplicates();
              assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
            }
          }
          for (String query : QUERIES) {
            String q = SearchText.normalize(query);
            Set<CustomerId> matching =
                expected.stream()
                    .filter(id -> model.get(id).matches(q))
                    .collect(Collectors.toSet());
            List<CustomerId> found =
                searchAll(t, caller, SearchQuery.of(query).withStatus(status).withLimit(pageSize));
            assertThat(found).doesNotHaveDuplicates();
            assertThat(found).containsExactlyInAnyOrderElementsOf(matching);
          }
        }
      }
    }
  }

  private static List<CustomerId> listAll(TestCustomers t, Caller caller, CustomerQuery first) {
    List<CustomerId> all = new ArrayList<>();
    CustomerQuery query = first;
    while (true) {
      Page<RosterEntry> page = t.roster().list(caller, query);
      page.items()
          .forEach(
              e -> {
                assertThat(e.customer().organizationId()).isEqualTo(caller.organizationId());
                all.add(e.id());
              });
      if (!page.hasMore()) {
        return all;
      }
      assertThat(page.items()).hasSize(query.limit());
      query = query.after(page.nextCursor());
    }
  }

  private static List<CustomerId> searchAll(TestCustomers t, Caller caller, SearchQuery first) {
    List<CustomerId> all = new ArrayList<>();
    Set<CustomerId> seen = new HashSet<>();
    SearchQuery query = first;
    while (true) {
      Page<SearchHit> page = t.roster().search(caller, query);
      for (SearchHit hit : page.items()) {
        assertThat(hit.entry().customer().organizationId()).isEqualTo(caller.organizationId());
        assertThat(seen.add(hit.entry().id())).as("hit %s seen twice", hit.entry().id()).isTrue();
        all.add(hit.entry().id());
      }
      if (!page.hasMore()) {
        return all;
      }
      query = query.after(page.nextCursor());
    }
  }

  /** What the test expects a customer to look like. */
  record Model(String first, String last, String email, CustomerStatus status) {
    Model withStatus(CustomerStatus value) {
      return new Model(first, last, email, value);
    }

    boolean matches(String q) {
      String f = SearchText.normalize(first);
      String l = SearchText.normalize(last);
      return f.contains(q) || l.contains(q) || (f + " " + l).contains(q) || email.contains(q);
    }
  }
}
