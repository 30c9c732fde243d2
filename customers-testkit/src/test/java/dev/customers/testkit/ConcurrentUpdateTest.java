package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.ConflictException;
import dev.customers.api.PageRequest;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.roster.CustomerProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrentUpdateTest {

  @Test
  void eightThreads_eachVersionHasExactlyOneWinner_andNoUpdateIsLost() throws Exception {
    try (TestCustomers t = TestCustomers.inMemory()) {
      CustomerProfile start = t.roster().add(t.staff(), Fixtures.details("Race", "Condition"));
      int threads = 8;
      int attemptsPerThread = 40;
      Map<Long, String> winnerOfVersion = new ConcurrentHashMap<>();
      AtomicInteger conflicts = new AtomicInteger();
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
          int id = thread;
          futures.add(
              pool.submit(
                  () -> {
                    go.await();
                    for (int attempt = 0; attempt < attemptsPerThread; attempt++) {
                      CustomerProfile seen = t.roster().profile(t.staff(), start.id());
                      String phone = String.format("0%02d%05d", id, attempt);
                      try {
                        CustomerProfile written =
                            t.roster()
                                .update(
                                    t.staff(),
                                    start.id(),
                                    seen.version(),
                                    seen.details().withPhone(phone));
                        String previous = winnerOfVersion.putIfAbsent(seen.version(), phone);
                        assertThat(previous)
                            .as("a second winner for version %s", seen.version())
                            .isNull();
                        assertThat(written.version()).isEqualTo(seen.version() + 1);
                      } catch (ConflictException e) {
                        assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION);
                        conflicts.incrementAndGet();
                      }
                    }
                    return null;
                  }));
        }
        go.countDown();
        for (Future<?> future : futures) {
          future.get(60, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
      int wins = winnerOfVersion.size();
      assertThat(wins + conflicts.get()).isEqualTo(threads * attemptsPerThread);
      CustomerProfile end = t.roster().profile(t.staff(), start.id());
      assertThat(end.version()).isEqualTo(1 + wins);
      assertThat(winnerOfVersion.keySet())
          .containsExactlyInAnyOrderElementsOf(
              java.util.stream.LongStream.rangeClosed(1, wins).boxed().toList());
      assertThat(end.person().phone()).isEqualTo(winnerOfVersion.get((long) wins));

      // No lost update: the audit trail holds every winning write, each starting from the one
      // before.
      List<AuditEntry> updates = new ArrayList<>();
      PageRequest page = PageRequest.first(500);
      while (true) {
        var p = t.sdk().audit().forCustomer(t.owner(), start.id(), page);
        p.items().stream().filter(e -> e.action().equals("customer.updated")).forEach(updates::add);
        if (!p.hasMore()) {
          break;
        }
        page = page.after(p.nextCursor());
      }
      assertThat(updates).hasSize(wins);
      String before = null;
      for (int version = 1; version <= wins; version++) {
        FieldChange change = updates.get(version - 1).changes().get(0);
        assertThat(change.before()).isEqualTo(before);
        assertThat(change.after()).isEqualTo(winnerOfVersion.get((long) version));
        before = change.after();
      }
    }
  }
}
