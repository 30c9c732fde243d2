package dev.customers.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.Customers;
import dev.customers.api.StaffRole;
import dev.customers.api.org.Organization;
import dev.customers.core.CustomersSdk;
import dev.customers.core.internal.UuidV7Source;
import dev.customers.jdbc.JdbcSettings;
import dev.customers.jdbc.JdbcStorageModule;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A loaded roster with the SDK and the hand-written anchor over it, each with its own pool of the
 * same size. Shared by the comparison main and the JMH benchmark.
 */
final class RosterFixture implements AutoCloseable {
  static final List<String> QUERIES =
      List.of("ann", "smith", "garcia", "zoe ta", "priya.pat", "nakamura", "user4242");

  final BenchDatabase database;
  final Customers sdk;
  final HikariDataSource anchorPool;
  final HandWrittenQueries anchor;
  final Organization organization;
  final Caller caller;
  final List<CustomerId> customers;

  RosterFixture(String kind, int count) throws Exception {
    database = BenchDatabase.open(kind);
    JdbcSettings settings = database.settings(4);
    sdk = CustomersSdk.builder().storage(JdbcStorageModule.forSettings(settings)).build();
    organization = sdk.organizations().create("Benchmark Studio", ZoneOffset.UTC);
    caller = Caller.of(organization.id(), Actor.staff("bench", StaffRole.STAFF));
    anchorPool = new HikariDataSource();
    anchorPool.setJdbcUrl(settings.url());
    anchorPool.setUsername(settings.user());
    anchorPool.setPassword(settings.password());
    anchorPool.setMaximumPoolSize(settings.maximumPoolSize());
    customers =
        RosterData.load(anchorPool, organization.id(), count, new UuidV7Source(Clock.systemUTC()));
    anchor = new HandWrittenQueries(anchorPool);
  }

  @Override
  public void close() {
    sdk.close();
    anchorPool.close();
    database.drop().run();
  }
}
