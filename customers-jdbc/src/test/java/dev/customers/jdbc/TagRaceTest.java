package dev.customers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.Customers;
import dev.customers.api.NotFoundException;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.CustomerFilter;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.tags.Tag;
import dev.customers.testkit.Fixtures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two SDK instances, each with its own pool, and eight threads assigning, unassigning and deleting
 * tags at random over the same customers: no call fails except with the documented "tag not found"
 * (a tag another thread deleted), nothing deadlocks, and no assignment outlives its tag.
 */
class TagRaceTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 30;
  private SdkInstances instances;

  @AfterEach
  void close() {
    if (instances != null) {
      instances.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres", "mariadb"})
  void concurrentAssignUnassignAndDelete_failOnlyAsDocumented_andLeaveNoOrphans(String kind)
      throws Exception {
    instances = new SdkInstances(kind);
    Customers first = sdk();
    Customers second = sdk();
    Organization org = first.organizations().create("Studio", ZoneOffset.UTC);
    Caller owner = Fixtures.owner(org.id());
    List<CustomerId> customers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      customers.add(first.roster().add(owner, Fixtures.details("C" + i, "Racer")).id());
    }
    List<Tag> tags = new CopyOnWriteArrayList<>();
    AtomicInteger names = new AtomicInteger();
    for (int i = 0; i < 3; i++) {
      tags.add(first.tags().create(owner, "tag " + names.incrementAndGet(), "#123456"));
    }
    List<Tag> deleted = new CopyOnWriteArrayList<>();
    List<Throwable> unexpected = new CopyOnWriteArrayList<>();
    AtomicInteger notFound = new AtomicInteger();

    List<Callable<Void>> racers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Customers sdk = t % 2 == 0 ? first : second;
      Random random = new Random(1000L + t);
      racers.add(
          () -> {
            for (int round = 0; round < ROUNDS; round++) {
              Tag tag = tags.get(random.nextInt(tags.size()));
              List<CustomerId> some = new ArrayList<>(customers);
              Collections.shuffle(some, random);
              some = some.subList(0, 1 + random.nextInt(some.size()));
              try {
                switch (random.nextInt(10)) {
                  case 0 -> {
                    sdk.tags().delete(owner, tag.id());
                    deleted.add(tag);
                    tags.add(sdk.tags().create(owner, "tag " + names.incrementAndGet(), "#654321"));
                  }
                  case 1, 2, 3, 4, 5 -> sdk.tags().assign(owner, tag.id(), some);
                  default -> sdk.tags().unassign(owner, tag.id(), some);
                }
              } catch (NotFoundException expected) {
                notFound.incrementAndGet(); // another thread deleted the tag first
              } catch (RuntimeException e) {
                unexpected.add(e);
              }
            }
            return null;
          });
    }
    AtOnce.run(racers);

    assertThat(unexpected).as("failures other than a deleted tag").isEmpty();
    assertThat(deleted).as("some tags were deleted during the race").isNotEmpty();
    assertThat(orphans()).as("assignments of deleted tags").isZero();
    for (Tag gone : deleted) {
      assertThat(
              first
                  .roster()
                  .list(owner, CustomerQuery.active().withFilter(CustomerFilter.tag(gone.id())))
                  .items())
          .as("customers filtered by deleted tag " + gone.name())
          .isEmpty();
    }
  }

  private Customers sdk() {
    return instances.open();
  }

  private long orphans() throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                instances.database().url(),
                instances.database().user(),
                instances.database().password());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(*) from cs_customer_tags ct where not exists (select 1 from cs_tags t"
                    + " where t.organization_id = ct.organization_id and t.id = ct.tag_id)")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
