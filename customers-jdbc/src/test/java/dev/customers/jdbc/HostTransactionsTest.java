package dev.customers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.customers.api.Caller;
import dev.customers.api.Customers;
import dev.customers.api.ValidationException;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.fields.FieldValues;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.tags.Tag;
import dev.customers.core.CustomersSdk;
import dev.customers.testkit.Fixtures;
import dev.customers.testkit.RecordingListener;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plain JDBC host's transaction with SDK calls in it ({@link JdbcTransactions}): the host's row
 * and the SDK's writes (a customer, a field value, a tag) commit together or not at all; events
 * reach listeners once, after the commit, never after a rollback; a refused SDK call undoes only
 * itself; outside a host transaction the SDK runs its own. On H2, PostgreSQL and MariaDB.
 */
class HostTransactionsTest {
  private static final class Rollback extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Rollback() {
      super("the host's work failed after the SDK's writes");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres", "mariadb"})
  void sdkWritesCommitAndRollBackWithTheHostsTransaction(String kind) throws Exception {
    TestDatabase database = TestDatabase.of(kind);
    RecordingListener events = new RecordingListener();
    try (HikariDataSource pool = JdbcStorage.pool(database.settings())) {
      try (Connection c = pool.getConnection();
          Statement s = c.createStatement()) {
        s.execute("create table host_orders (id integer primary key, note varchar(100))");
      }
      JdbcTransactions transactions = new JdbcTransactions(pool);
      try (Customers customers =
          CustomersSdk.builder()
              .storage(JdbcStorageModule.forDataSource(pool, database.schema(), transactions))
              .listener(events)
              .build()) {
        Organization studio = customers.organizations().create("Host Studio", ZoneOffset.UTC);
        Caller owner = Fixtures.owner(studio.id());
        customers.fields().define(owner, FieldSpec.of("level", "Level", FieldType.TEXT));
        Tag vip = customers.tags().create(owner, "VIP", "#ff0000");
        events.clear();

        // The host's work fails after the SDK's writes: none of it stays, no event is delivered.
        assertThatThrownBy(
                () ->
                    transactions.inTransaction(
                        connection -> {
                          order(connection, 1);
                          sale(customers, owner, vip, "Ada");
                          throw new Rollback();
                        }))
            .isInstanceOf(Rollback.class);
        assertThat(orders(pool)).isZero();
        assertThat(customers.roster().list(owner, CustomerQuery.active()).items()).isEmpty();
        assertThat(customers.tags().counts(owner).get(0).customers()).isZero();
        assertThat(events.events()).isEmpty();

        // The same work returning: both stay, and listeners hear once, after the commit.
        CustomerProfile ada =
            transactions.inTransaction(
                connection -> {
                  order(connection, 2);
                  CustomerProfile added = sale(customers, owner, vip, "Ada");
                  assertThat(events.events()).as("nothing delivered before the commit").isEmpty();
                  // Reads in the transaction see its writes.
                  assertThat(customers.roster().profile(owner, added.id())).isEqualTo(added);
                  return added;
                });
        assertThat(orders(pool)).isEqualTo(1);
        assertThat(customers.roster().profile(owner, ada.id()).details().firstName())
            .isEqualTo("Ada");
        assertThat(customers.fields().values(owner, ada.id()).get(0).text()).isEqualTo("gold");
        assertThat(customers.tags().tagsOf(owner, ada.id())).containsExactly(vip);
        assertThat(events.eventsOf(CustomerEvent.Created.class)).hasSize(1);
        assertThat(events.eventsOf(CustomerEvent.FieldsChanged.class)).hasSize(1);
        assertThat(events.eventsOf(CustomerEvent.TagChanged.class)).hasSize(1);
        customers.deliverPendingEvents();
        assertThat(events.events()).as("delivered once").hasSize(3);

        // A refused SDK call undoes only itself: the host carries on and commits.
        events.clear();
        transactions.inTransaction(
            connection -> {
              order(connection, 3);
              assertThatThrownBy(
                      () -> customers.roster().add(owner, CustomerDetails.of("", "Nobody")))
                  .isInstanceOf(ValidationException.class);
              customers.roster().add(owner, CustomerDetails.of("Ben", "Adams"));
              order(connection, 4);
              return null;
            });
        assertThat(orders(pool)).isEqualTo(3);
        assertThat(customers.roster().list(owner, CustomerQuery.active()).items()).hasSize(2);
        assertThat(events.eventsOf(CustomerEvent.Created.class)).hasSize(1);

        // Outside a host transaction the SDK runs its own, as ever.
        customers.roster().add(owner, CustomerDetails.of("Cy", "Young"));
        assertThat(customers.roster().list(owner, CustomerQuery.active()).items()).hasSize(3);
      }
    } finally {
      database.drop();
    }
  }

  private static CustomerProfile sale(Customers customers, Caller owner, Tag vip, String name) {
    CustomerProfile added = customers.roster().add(owner, CustomerDetails.of(name, "Lovelace"));
    customers.fields().setValues(owner, added.id(), FieldValues.of("level", "gold"));
    customers.tags().assign(owner, vip.id(), List.of(added.id()));
    return added;
  }

  private static void order(Connection connection, int id) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("insert into host_orders (id, note) values (?, ?)")) {
      insert.setInt(1, id);
      insert.setString(2, "sale");
      insert.executeUpdate();
    }
  }

  private static int orders(HikariDataSource pool) throws SQLException {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from host_orders")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
