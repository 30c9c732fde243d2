package dev.customers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.customers.api.Caller;
import dev.customers.api.ConflictException;
import dev.customers.api.Customers;
import dev.customers.api.StorageException;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.event.DomainEvent;
import dev.customers.api.fields.FieldScope;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.fields.FieldValues;
import dev.customers.api.metrics.MetricSpec;
import dev.customers.api.notes.NoteDraft;
import dev.customers.api.org.Organization;
import dev.customers.api.profile.ProfileView;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.roster.StatusFilter;
import dev.customers.api.spi.IdSource;
import dev.customers.api.tags.Tag;
import dev.customers.core.CustomersSdk;
import dev.customers.core.internal.UuidV7Source;
import dev.customers.testkit.Fixtures;
import dev.customers.testkit.RecordingListener;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviours that need a real PostgreSQL server: statements per read, outbox, two instances,
 * killed connections.
 */
class PostgresBehaviourTest {
  private final List<AutoCloseable> closeLast = new ArrayList<>();
  private TestDatabase database;

  @AfterEach
  void dropDatabase() throws Exception {
    for (int i = closeLast.size() - 1; i >= 0; i--) {
      closeLast.get(i).close();
    }
    if (database != null) {
      database.drop();
    }
  }

  private Customers sdk(JdbcStorageModule storage, CustomersSdk.Builder builder) {
    Customers customers = builder.storage(storage).build();
    closeLast.add(customers);
    return customers;
  }

  @Test
  void search_usesATrigramIndex() throws SQLException {
    database = TestDatabase.postgres();
    JdbcStorage storage = JdbcStorage.open(database.settings());
    closeLast.add(storage);
    assertThat(storage.trigramSearch()).isTrue();
    try (Connection c = DriverManager.getConnection(database.url(), "postgres", "");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select indexdef from pg_indexes where indexname = 'cs_customers_trgm_ix'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).contains("gin_trgm_ops");
    }
  }

  /** A new PostgreSQL database behind a pool that counts the statements run on it. */
  private CountingDataSource countingDatabase() {
    database = TestDatabase.postgres();
    HikariDataSource pool = JdbcStorage.pool(database.settings());
    closeLast.add(pool);
    return new CountingDataSource(pool);
  }

  @Test
  void profileRead_runsABoundedNumberOfStatements_whateverTheHistory() {
    CountingDataSource counting = countingDatabase();
    Customers customers =
        sdk(
            JdbcStorageModule.forDataSource(counting, database.schema(), null),
            CustomersSdk.builder());
    Organization org = customers.organizations().create("Counted", ZoneOffset.UTC);
    CustomerProfile fresh =
        customers.roster().add(Fixtures.staff(org.id()), Fixtures.details("New", "Customer"));
    CustomerProfile busy =
        customers.roster().add(Fixtures.staff(org.id()), Fixtures.details("Busy", "Customer"));
    for (int i = 0; i < 30; i++) {
      CustomerProfile current = customers.roster().profile(Fixtures.staff(org.id()), busy.id());
      customers
          .roster()
          .update(
              Fixtures.staff(org.id()),
              busy.id(),
              current.version(),
              current.details().withPhone("0207946" + String.format("%04d", i)));
    }
    counting.reset();
    customers.roster().profile(Fixtures.staff(org.id()), fresh.id());
    int forFresh = counting.statements();
    counting.reset();
    customers.roster().profile(Fixtures.staff(org.id()), busy.id());
    int forBusy = counting.statements();
    assertThat(forFresh).isEqualTo(forBusy).isLessThanOrEqualTo(2);
  }

  @Test
  void wholeProfile_runsTheSameFewStatements_with50Fields20Tags10MetricsAnd100Notes() {
    CountingDataSource counting = countingDatabase();
    Customers customers =
        sdk(
            JdbcStorageModule.forDataSource(counting, database.schema(), null),
            CustomersSdk.builder());
    Organization org = customers.organizations().create("Counted", ZoneOffset.UTC);
    Caller admin = Fixtures.admin(org.id());
    Caller staff = Fixtures.staff(org.id());
    CustomerProfile fresh = customers.roster().add(staff, Fixtures.details("New", "Customer"));
    CustomerProfile busy = customers.roster().add(staff, Fixtures.details("Busy", "Customer"));
    FieldValues values = new FieldValues(java.util.Map.of());
    for (int i = 0; i < 50; i++) {
      customers
          .fields()
          .define(
              admin,
              FieldSpec.of(
                      "field_" + i, "Field " + i, i % 2 == 0 ? FieldType.TEXT : FieldType.NUMBER)
                  .withScope(i % 3 == 0 ? FieldScope.PERSON : FieldScope.ROSTER));
      values = values.and("field_" + i, Integer.toString(i));
    }
    customers.fields().setValues(staff, busy.id(), values);
    for (int i = 0; i < 20; i++) {
      Tag tag = customers.tags().create(admin, "Tag " + i, "#00aa00");
      customers.tags().assign(staff, tag.id(), List.of(busy.id()));
    }
    for (int i = 0; i < 10; i++) {
      customers.metrics().define(admin, MetricSpec.counter("metric_" + i, "Metric " + i));
      customers.metrics().increment(staff, busy.id(), "metric_" + i, BigDecimal.ONE, "test");
    }
    for (int i = 0; i < 100; i++) {
      NoteDraft draft = NoteDraft.of("Note " + i);
      customers
          .notes()
          .add(
              staff,
              busy.id(),
              i % 10 == 0 ? draft.asPinned() : i % 25 == 0 ? draft.asAlert() : draft);
    }
    customers.consent().record(staff, busy.id(), "marketing_email", ConsentStatus.GRANTED, "desk");

    counting.reset();
    ProfileView empty = customers.profiles().view(staff, fresh.id());
    int forFresh = counting.statements();
    counting.reset();
    ProfileView full = customers.profiles().view(staff, busy.id());
    int forBusy = counting.statements();
    assertThat(empty.fields()).isEmpty();
    assertThat(full.fields()).hasSize(50);
    assertThat(full.tags()).hasSize(20);
    assertThat(full.metrics()).hasSize(10);
    assertThat(full.noteCount()).isEqualTo(100);
    assertThat(full.pinnedNotes()).hasSize(10);
    assertThat(full.alerts()).hasSize(2);
    // One statement each for the customer, field definitions, field values, tags, flagged notes,
    // the note count, metric definitions, current metrics, consent purposes, current consent and
    // the account's claim status.
    assertThat(forBusy).isEqualTo(forFresh).isLessThanOrEqualTo(11);
  }

  @Test
  void concurrentIncrements_fromTwoInstances_loseNoCount() throws Exception {
    database = TestDatabase.postgres();
    Customers first =
        sdk(JdbcStorageModule.forSettings(database.settings()), CustomersSdk.builder());
    Customers second =
        sdk(JdbcStorageModule.forSettings(database.settings()), CustomersSdk.builder());
    Organization org = first.organizations().create("Busy desk", ZoneOffset.UTC);
    Caller staff = Fixtures.staff(org.id());
    CustomerProfile ada = first.roster().add(staff, Fixtures.details("Ada", "Lovelace"));
    first.metrics().define(Fixtures.admin(org.id()), MetricSpec.counter("visits", "Visits"));
    int threads = 4;
    int each = 10;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<?>> done = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Customers instance = i % 2 == 0 ? first : second;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int n = 0; n < each; n++) {
                    instance
                        .metrics()
                        .increment(staff, ada.id(), "visits", BigDecimal.ONE, "checkin");
                  }
                  return null;
                }));
      }
      start.countDown();
      for (java.util.concurrent.Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(first.metrics().current(staff, ada.id()))
        .singleElement()
        .satisfies(
            value ->
                assertThat(value.value()).isEqualByComparingTo(Integer.toString(threads * each)));
    assertThat(
            second
                .metrics()
                .history(
                    staff,
                    ada.id(),
                    "visits",
                    java.time.Instant.EPOCH,
                    java.time.Instant.parse("2100-01-01T00:00:00Z"),
                    dev.customers.api.PageRequest.first(100))
                .items())
        .extracting(r -> r.value().intValue())
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.IntStream.rangeClosed(1, threads * each).boxed().toList());
  }

  /** Thrown by a listener to stand for the process dying between the commit and the delivery. */
  static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void outbox_eventsCommittedButNotDelivered_areDeliveredOnTheNextStart() {
    database = TestDatabase.postgres();
    Customers first =
        CustomersSdk.builder()
            .storage(JdbcStorageModule.forSettings(database.settings()))
            .listener(
                event -> {
                  throw new SimulatedCrash();
                })
            .build();
    Organization org = first.organizations().create("Crashy", ZoneOffset.UTC);
    assertThatThrownBy(
            () -> first.roster().add(Fixtures.staff(org.id()), Fixtures.details("Ada", "Lovelace")))
        .isInstanceOf(SimulatedCrash.class);
    first.close();

    RecordingListener heard = new RecordingListener();
    Customers second =
        sdk(
            JdbcStorageModule.forSettings(database.settings()),
            CustomersSdk.builder().listener(heard));
    List<DomainEvent> events = heard.events();
    assertThat(events).hasSize(1).first().isInstanceOf(CustomerEvent.Created.class);
    CustomerEvent.Created created = (CustomerEvent.Created) events.get(0);
    assertThat(
            second
                .roster()
                .profile(Fixtures.staff(org.id()), created.customerId())
                .person()
                .lastName())
        .isEqualTo("Lovelace");
    assertThat(second.deliverPendingEvents()).isZero();
    assertThat(heard.events()).hasSize(1);
  }

  @Test
  void twoInstances_withSeparatePools_keepVersionsAndUniqueness() throws Exception {
    database = TestDatabase.postgres();
    Customers one = sdk(JdbcStorageModule.forSettings(database.settings()), CustomersSdk.builder());
    Customers two = sdk(JdbcStorageModule.forSettings(database.settings()), CustomersSdk.builder());
    Organization org = one.organizations().create("Shared", ZoneOffset.UTC);
    CustomerProfile ada =
        one.roster().add(Fixtures.staff(org.id()), Fixtures.details("Ada", "Lovelace"));

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 15; round++) {
        CustomerProfile seen = one.roster().profile(Fixtures.staff(org.id()), ada.id());
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger wins = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        int r = round;
        for (Customers instance : List.of(one, two)) {
          futures.add(
              pool.submit(
                  () -> {
                    go.await();
                    try {
                      instance
                          .roster()
                          .update(
                              Fixtures.staff(org.id()),
                              ada.id(),
                              seen.version(),
                              seen.details()
                                  .withPhone("02079460" + r + (instance == one ? "1" : "2")));
                      wins.incrementAndGet();
                    } catch (ConflictException e) {
                      assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION);
                      java.util.regex.Matcher versions =
                          java.util.regex.Pattern.compile("is at version (\\d+), not (\\d+)")
                              .matcher(e.getMessage());
                      assertThat(versions.find()).as(e.getMessage()).isTrue();
                      assertThat(versions.group(1))
                          .as("the stored version is the winner's, not the caller's")
                          .isNotEqualTo(versions.group(2));
                      conflicts.incrementAndGet();
                    }
                    return null;
                  }));
        }
        go.countDown();
        for (Future<?> f : futures) {
          f.get(30, TimeUnit.SECONDS);
        }
        assertThat(wins.get()).as("round %s", round).isEqualTo(1);
        assertThat(conflicts.get()).isEqualTo(1);
        assertThat(two.roster().profile(Fixtures.staff(org.id()), ada.id()).version())
            .isEqualTo(seen.version() + 1);
      }

      for (int round = 0; round < 15; round++) {
        String email = "race" + round + "@example.com";
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger added = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (Customers instance : List.of(one, two)) {
          futures.add(
              pool.submit(
                  () -> {
                    go.await();
                    try {
                      instance
                          .roster()
                          .add(
                              Fixtures.staff(org.id()),
                              CustomerDetails.of("Racer", "X").withEmail(email));
                      added.incrementAndGet();
                    } catch (ConflictException e) {
                      refused.incrementAndGet();
                    }
                    return null;
                  }));
        }
        go.countDown();
        for (Future<?> f : futures) {
          f.get(30, TimeUnit.SECONDS);
        }
        assertThat(added.get()).as("round %s", round).isEqualTo(1);
        assertThat(refused.get()).isEqualTo(1);
        assertThat(
                one.roster()
                    .search(
                        Fixtures.staff(org.id()),
                        SearchQuery.of(email).withStatus(StatusFilter.ALL))
                    .items())
            .hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aConnectionKilledMidTransaction_failsTheCallCleanly_andTheNextCallSucceeds() {
    String application = "customers-kill-" + UUID.randomUUID().toString().substring(0, 8);
    database = TestDatabase.postgres("&ApplicationName=" + application);
    AtomicBoolean armed = new AtomicBoolean();
    AtomicInteger calls = new AtomicInteger();
    UuidV7Source ids = new UuidV7Source(Clock.systemUTC());
    // The third id of an add() is asked for after the person and customer rows are written.
    IdSource killer =
        () -> {
          if (armed.get() && calls.incrementAndGet() == 3) {
            armed.set(false);
            terminateBackends(application);
          }
          return ids.next();
        };
    Customers customers =
        sdk(
            JdbcStorageModule.forSettings(database.settings()),
            CustomersSdk.builder()
                .override(binder -> binder.bind(IdSource.class).toInstance(killer)));
    Organization org = customers.organizations().create("Fragile", ZoneOffset.UTC);

    armed.set(true);
    assertThatThrownBy(
            () ->
                customers
                    .roster()
                    .add(Fixtures.staff(org.id()), Fixtures.details("Half", "Written")))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("rolled back");
    assertThat(calls.get()).isEqualTo(3);

    CustomerProfile next =
        customers.roster().add(Fixtures.staff(org.id()), Fixtures.details("Whole", "Written"));
    assertThat(
            customers
                .roster()
                .list(Fixtures.staff(org.id()), CustomerQuery.active().withStatus(StatusFilter.ALL))
                .items())
        .extracting(e -> e.person().lastName())
        .containsExactly("Written");
    assertThat(customers.roster().profile(Fixtures.staff(org.id()), next.id()).person().firstName())
        .isEqualTo("Whole");
    assertThat(customers.deliverPendingEvents()).isZero();
    try (Connection c = DriverManager.getConnection(database.url(), "postgres", "");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("select count(*) from cs_persons where first_name = 'Half'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private static void terminateBackends(String application) {
    try (Connection c = DriverManager.getConnection(TestDatabase.POSTGRES_ADMIN, "postgres", "");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(pg_terminate_backend(pid)) from pg_stat_activity "
                    + "where application_name = '"
                    + application
                    + "' and state = 'idle in transaction'")) {
      rs.next();
      assertThat(rs.getInt(1)).as("backends terminated").isEqualTo(1);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }
}
