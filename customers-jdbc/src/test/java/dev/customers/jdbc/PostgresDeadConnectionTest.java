package dev.customers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.Customers;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.core.CustomersSdk;
import dev.customers.testkit.Fixtures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * After the database ends the pool's idle connections (a restart, a failover, a proxy's idle
 * timeout), the next calls succeed: a call whose connection was already dead before anything was
 * sent runs again, once, on a fresh connection.
 */
class PostgresDeadConnectionTest {
  private TestDatabase database;
  private Customers customers;

  @AfterEach
  void close() {
    if (customers != null) {
      customers.close();
    }
    if (database != null) {
      database.drop();
    }
  }

  @Test
  void afterEveryIdleConnectionIsTerminated_theNextTenCallsAllSucceed() throws Exception {
    String application = "customers-dead-" + UUID.randomUUID().toString().substring(0, 8);
    database = TestDatabase.postgres("&ApplicationName=" + application);
    customers =
        CustomersSdk.builder().storage(JdbcStorageModule.forSettings(database.settings())).build();
    Organization org = customers.organizations().create("Studio", ZoneOffset.UTC);
    fillThePool(org);

    assertThat(terminateIdle(application)).as("idle connections terminated").isPositive();

    for (int i = 0; i < 10; i++) {
      if (i % 2 == 0) {
        customers.roster().add(Fixtures.staff(org.id()), Fixtures.details("Call", "No" + i));
      } else {
        customers.roster().list(Fixtures.staff(org.id()), CustomerQuery.active());
      }
    }
    assertThat(customers.roster().list(Fixtures.staff(org.id()), CustomerQuery.active()).items())
        .hasSize(5);
  }

  /** Four calls at once, so the pool (of four) holds four connections, all idle afterwards. */
  private void fillThePool(Organization org) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    CountDownLatch together = new CountDownLatch(4);
    List<Future<?>> calls = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      calls.add(
          threads.submit(
              () -> {
                together.countDown();
                together.await(10, TimeUnit.SECONDS);
                return customers.roster().list(Fixtures.staff(org.id()), CustomerQuery.active());
              }));
    }
    for (Future<?> call : calls) {
      call.get(30, TimeUnit.SECONDS);
    }
    threads.shutdownNow();
  }

  private static int terminateIdle(String application) throws SQLException {
    try (Connection c = DriverManager.getConnection(TestDatabase.POSTGRES_ADMIN, "postgres", "");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(pg_terminate_backend(pid)) from pg_stat_activity "
                    + "where application_name = '"
                    + application
                    + "' and state = 'idle'")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
