package dev.customers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.zaxxer.hikari.HikariDataSource;
import dev.customers.api.Customers;
import dev.customers.api.org.Organization;
import dev.customers.core.CustomersModule;
import dev.customers.core.CustomersSdk;
import dev.customers.testkit.Fixtures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who closes what: the SDK closes a pool it made, and never a DataSource the host handed it. */
class ConnectionOwnershipTest {
  private TestDatabase database;

  @AfterEach
  void drop() {
    if (database != null) {
      database.drop();
    }
  }

  @Test
  void aPoolTheSdkMade_isClosedWithTheSdk() {
    String application = "customers-own-" + UUID.randomUUID().toString().substring(0, 8);
    database = TestDatabase.postgres("&ApplicationName=" + application);
    Customers customers =
        CustomersSdk.builder().storage(JdbcStorageModule.forSettings(database.settings())).build();
    customers.organizations().create("Owned", ZoneOffset.UTC);
    assertThat(connectionsOf(application)).isPositive();
    customers.close();
    assertThat(connectionsAfterClosing(application)).isZero();
  }

  /**
   * The server's count once it has caught up: a backend is listed in pg_stat_activity for a moment
   * after its client closed the connection, so the count is read again until it is zero or five
   * seconds have passed.
   */
  private static int connectionsAfterClosing(String application) {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
    int count = connectionsOf(application);
    while (count > 0 && System.nanoTime() < deadline) {
      java.util.concurrent.locks.LockSupport.parkNanos(
          java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(20));
      count = connectionsOf(application);
    }
    return count;
  }

  @Test
  void theHostsDataSource_staysOpenAfterTheSdkCloses() throws SQLException {
    database = TestDatabase.postgres();
    try (HikariDataSource host = JdbcStorage.pool(database.settings())) {
      Customers customers =
          CustomersSdk.builder()
              .storage(JdbcStorageModule.forDataSource(host, database.schema(), null))
              .build();
      Organization org = customers.organizations().create("Hosted", ZoneOffset.UTC);
      customers.roster().add(Fixtures.staff(org.id()), Fixtures.details("Ada", "Lovelace"));
      customers.close();
      assertThat(host.isClosed()).isFalse();
      try (Connection c = host.getConnection();
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select count(*) from cs_customers")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
    }
  }

  @Test
  void aGuiceHost_bindsItsDataSourceUnderTheSdksQualifier() {
    database = TestDatabase.h2();
    try (HikariDataSource host = JdbcStorage.pool(database.settings())) {
      Customers customers =
          Guice.createInjector(
                  new CustomersModule(),
                  JdbcStorageModule.forBoundDataSource(),
                  new AbstractModule() {
                    @Override
                    protected void configure() {
                      bind(DataSource.class)
                          .annotatedWith(CustomersDataSource.class)
                          .toInstance(host);
                    }
                  })
              .getInstance(Customers.class);
      Organization org = customers.organizations().create("Guice host", ZoneOffset.UTC);
      assertThat(customers.organizations().get(org.id())).isEqualTo(org);
      customers.close();
      assertThat(host.isClosed()).isFalse();
    }
  }

  private static int connectionsOf(String application) {
    try (Connection c = DriverManager.getConnection(TestDatabase.POSTGRES_ADMIN, "postgres", "");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select count(*) from pg_stat_activity where application_name = '"
                    + application
                    + "'")) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }
}
