package dev.customers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.Caller;
import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.Customers;
import dev.customers.api.PersonId;
import dev.customers.api.ValidationException;
import dev.customers.api.family.Family;
import dev.customers.api.family.GuardianLink;
import dev.customers.api.family.Relationship;
import dev.customers.api.org.Organization;
import dev.customers.testkit.Fixtures;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two SDK instances, each with its own pool, and six threads linking and unlinking guardians at
 * random among the same few customers, so links that would close a cycle between them are written
 * at the same moment: calls fail only as documented (a cycle, a duplicate, a link already gone),
 * and the links left never hold a cycle. Two links that close a cycle between them, started
 * together from two instances, are written exactly one of the two, every time.
 */
class FamilyCycleRaceTest {
  private static final int THREADS = 6;
  private static final int ROUNDS = 25;
  private static final int MEMBERS = 4;
  private static final int PAIR_ROUNDS = 25;
  private SdkInstances instances;

  @AfterEach
  void close() {
    if (instances != null) {
      instances.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres", "mariadb"})
  void twoLinksThatCloseACycle_atOnce_onlyOneIsWritten(String kind) throws Exception {
    instances = new SdkInstances(kind);
    Customers first = sdk();
    Customers second = sdk();
    Organization org = first.organizations().create("Studio", ZoneOffset.UTC);
    Caller staff = Fixtures.staff(org.id());
    CustomerId a = first.roster().add(staff, Fixtures.details("Ann", "Family")).id();
    CustomerId b = first.roster().add(staff, Fixtures.details("Bob", "Family")).id();
    for (int round = 0; round < PAIR_ROUNDS; round++) {
      List<Boolean> written =
          AtOnce.run(List.of(() -> linked(first, staff, a, b), () -> linked(second, staff, b, a)));
      boolean abWritten = written.get(0);
      boolean baWritten = written.get(1);
      assertThat(abWritten ^ baWritten)
          .as(
              "round %d: exactly one of a->b (%s) and b->a (%s) is written",
              round, abWritten, baWritten)
          .isTrue();
      first.family().unlink(staff, abWritten ? a : b, abWritten ? b : a);
    }
  }

  /** Links; false when refused as a cycle. */
  private static boolean linked(
      Customers sdk, Caller staff, CustomerId guardian, CustomerId dependant) {
    try {
      sdk.family().link(staff, guardian, dependant, Relationship.PARENT, Set.of());
      return true;
    } catch (ValidationException cycle) {
      return false;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres", "mariadb"})
  void concurrentLinks_neverCloseACycle(String kind) throws Exception {
    instances = new SdkInstances(kind);
    Customers first = sdk();
    Customers second = sdk();
    Organization org = first.organizations().create("Studio", ZoneOffset.UTC);
    Caller staff = Fixtures.staff(org.id());
    List<CustomerId> members = new ArrayList<>();
    for (int i = 0; i < MEMBERS; i++) {
      members.add(first.roster().add(staff, Fixtures.details("M" + i, "Family")).id());
    }
    List<Throwable> unexpected = new CopyOnWriteArrayList<>();
    AtomicInteger cycles = new AtomicInteger();
    List<Callable<Void>> racers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Customers sdk = t % 2 == 0 ? first : second;
      Random random = new Random(2000L + t);
      racers.add(
          () -> {
            for (int round = 0; round < ROUNDS; round++) {
              CustomerId g = members.get(random.nextInt(MEMBERS));
              CustomerId d = members.get(random.nextInt(MEMBERS));
              if (g.equals(d)) {
                continue;
              }
              try {
                if (random.nextInt(4) == 0) {
                  sdk.family().unlink(staff, g, d);
                } else {
                  sdk.family().link(staff, g, d, Relationship.PARENT, Set.of());
                }
              } catch (ValidationException e) {
                cycles.incrementAndGet(); // the link would have closed a cycle
              } catch (ConflictException | dev.customers.api.NotFoundException expected) {
                // linked already, or the link to remove was never there or is gone
              } catch (RuntimeException e) {
                unexpected.add(e);
              }
            }
            return null;
          });
    }
    AtOnce.run(racers);

    assertThat(unexpected)
        .as("failures other than a cycle, a duplicate or a missing link")
        .isEmpty();
    assertThat(cycles.get()).as("links refused because they would close a cycle").isPositive();
    Family family = first.family().family(staff, members.get(0));
    Map<PersonId, Set<PersonId>> guardians = new HashMap<>();
    for (GuardianLink link : family.links()) {
      guardians.computeIfAbsent(link.dependant(), p -> new HashSet<>()).add(link.guardian());
    }
    for (PersonId person : guardians.keySet()) {
      assertThat(ancestors(guardians, person)).as("guardians of " + person).doesNotContain(person);
    }
  }

  private static Set<PersonId> ancestors(Map<PersonId, Set<PersonId>> guardians, PersonId person) {
    Set<PersonId> seen = new HashSet<>();
    List<PersonId> queue = new ArrayList<>(guardians.getOrDefault(person, Set.of()));
    while (!queue.isEmpty()) {
      PersonId next = queue.remove(queue.size() - 1);
      if (seen.add(next)) {
        queue.addAll(guardians.getOrDefault(next, Set.of()));
      }
    }
    return seen;
  }

  private Customers sdk() {
    return instances.open();
  }
}
