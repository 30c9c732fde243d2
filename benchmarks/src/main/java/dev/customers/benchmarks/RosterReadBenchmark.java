package dev.customers.benchmarks;

import dev.customers.api.CustomerId;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.roster.SearchQuery;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same comparison as {@link ReadComparison} under JMH: each SDK benchmark beside its
 * hand-written anchor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RosterReadBenchmark {
  @Param({"postgres", "h2"})
  public String database = "postgres";

  @Param({"100000"})
  public int customers;

  // Made by JMH's @Setup before any benchmark method runs.
  @SuppressWarnings("NullAway.Init")
  private RosterFixture fixture;

  @Setup(Level.Trial)
  public void load() throws Exception {
    fixture = new RosterFixture(database, customers);
  }

  @TearDown(Level.Trial)
  public void drop() {
    fixture.close();
  }

  private CustomerId anyCustomer() {
    List<CustomerId> ids = fixture.customers;
    return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
  }

  private String anyQuery() {
    return RosterFixture.QUERIES.get(
        ThreadLocalRandom.current().nextInt(RosterFixture.QUERIES.size()));
  }

  @Benchmark
  public CustomerProfile profileSdk() {
    return fixture.sdk.roster().profile(fixture.caller, anyCustomer());
  }

  @Benchmark
  public RosterEntry profileHandWritten() throws Exception {
    return fixture.anchor.profile(fixture.organization.id(), anyCustomer());
  }

  @Benchmark
  public List<SearchHit> searchSdk() {
    return fixture.sdk.roster().search(fixture.caller, SearchQuery.of(anyQuery())).items();
  }

  @Benchmark
  public List<SearchHit> searchHandWritten() throws Exception {
    return fixture.anchor.search(fixture.organization.id(), anyQuery(), SearchQuery.DEFAULT_LIMIT);
  }
}
