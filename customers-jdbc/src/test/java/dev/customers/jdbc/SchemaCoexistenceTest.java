package dev.customers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.customers.api.Customers;
import dev.customers.api.org.Organization;
import dev.customers.core.CustomersSdk;
import dev.customers.testkit.Fixtures;
import dev.customers.testkit.LocalServers;
import dev.customers.testkit.RestartCheck;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SDK beside a host that runs its own Flyway with default settings (its history table, its
 * schema): with the host's own migrations and with none yet, the SDK started before the host's
 * Flyway and after it, each twice. The host's {@code V1} runs (never swallowed by a baseline), the
 * host's schema holds none of the SDK's tables, and the SDK's data survives every start. On H2 and
 * PostgreSQL the SDK uses its default schema ({@code customers}) in a database of the test's own;
 * on MariaDB, where a schema is a server-wide database, one named for the test.
 */
class SchemaCoexistenceTest {
  private static final String HOST_MIGRATIONS = "classpath:dev/customers/jdbc/hostapp";
  private static final String NO_MIGRATIONS = "classpath:dev/customers/jdbc/hostapp_none";

  @ParameterizedTest(name = "{0}, host migrations: {1}, SDK first: {2}")
  @CsvSource({
    "h2, true, true",
    "h2, true, false",
    "h2, false, true",
    "h2, false, false",
    "postgres, true, true",
    "postgres, true, false",
    "postgres, false, true",
    "postgres, false, false",
    "mariadb, true, true",
    "mariadb, true, false",
    "mariadb, false, true",
    "mariadb, false, false"
  })
  void sdkAndHostFlyway_startTwice_inEitherOrder(
      String kind, boolean hostMigrations, boolean sdkFirst) throws SQLException {
    Place place = Place.of(kind);
    String location = hostMigrations ? HOST_MIGRATIONS : NO_MIGRATIONS;
    try (HikariDataSource pool =
        JdbcStorage.pool(JdbcSettings.of(place.url, place.user, "").withMaximumPoolSize(3))) {
      for (int start = 1; start <= 2; start++) {
        if (!sdkFirst) {
          hostFlyway(pool, location);
        }
        try (Customers customers =
            CustomersSdk.builder()
                .storage(JdbcStorageModule.forDataSource(pool, place.sdkSchema, null))
                .build()) {
          RestartCheck.check(customers, start == 1);
        }
        if (sdkFirst) {
          hostFlyway(pool, location);
        }
      }
      List<String> hostTables = place.hostTables(pool);
      assertThat(hostTables).noneMatch(t -> t.startsWith("cs_"));
      if (hostMigrations) {
        assertThat(hostTables).contains("host_orders");
        MigrationInfo[] applied = flyway(pool, location).info().applied();
        assertThat(Arrays.stream(applied).map(m -> m.getVersion().getVersion()))
            .containsExactly("1");
        assertThat(applied[0].getType().isBaseline()).isFalse();
      }
    } finally {
      place.drop();
    }
  }

  /** Two SDKs on one database in two schemas: each reads and writes only its own tables. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"h2", "postgres", "mariadb"})
  void twoSchemas_inOneJvm_keepTheirOwnRosters(String kind) throws SQLException {
    Place place = Place.of(kind);
    String prefix = place.sdkSchema == null ? "cs_two" : place.sdkSchema;
    try (HikariDataSource pool =
            JdbcStorage.pool(JdbcSettings.of(place.url, place.user, "").withMaximumPoolSize(3));
        Customers north =
            CustomersSdk.builder()
                .storage(JdbcStorageModule.forDataSource(pool, prefix + "_north", null))
                .build();
        JdbcStorage south = JdbcStorage.create(pool, prefix + "_south", null)) {
      Organization studio = north.organizations().create("North", ZoneOffset.UTC);
      dev.customers.api.roster.CustomerProfile ada =
          north.roster().add(Fixtures.staff(studio.id()), Fixtures.details("Ada", "Lovelace"));
      assertThat(north.roster().profile(Fixtures.staff(studio.id()), ada.id())).isEqualTo(ada);
      // The same organization and customer ids, read through the other schema's storage: absent.
      java.util.Optional<dev.customers.api.roster.RosterEntry> entry =
          south.read(session -> session.customers().find(studio.id(), ada.id()));
      java.util.Optional<Organization> org =
          south.read(session -> session.organizations().find(studio.id()));
      assertThat(entry).isEmpty();
      assertThat(org).isEmpty();
    } finally {
      place.drop();
      if (kind.equals("mariadb")) {
        admin(
            "MariaDB",
            TestDatabase.MARIADB_ADMIN,
            "root",
            "drop database if exists " + prefix + "_north");
        admin(
            "MariaDB",
            TestDatabase.MARIADB_ADMIN,
            "root",
            "drop database if exists " + prefix + "_south");
      }
    }
  }

  private static void hostFlyway(HikariDataSource pool, String location) {
    flyway(pool, location).migrate();
  }

  /** A host's Flyway as a framework starts it: default history table, the connection's schema. */
  private static Flyway flyway(HikariDataSource pool, String location) {
    return Flyway.configure().dataSource(pool).locations(location).load();
  }

  /** A database of the test's own, where a host's schema and the SDK's sit side by side. */
  private record Place(
      String kind, String url, String user, @Nullable String sdkSchema, String dropSql) {
    static Place of(String kind) {
      String name = LocalServers.uniqueName("cs_co_");
      return switch (kind) {
        case "h2" -> new Place(kind, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", null, "");
        case "postgres" -> {
          admin("PostgreSQL", TestDatabase.POSTGRES_ADMIN, "postgres", "create database " + name);
          yield new Place(
              kind,
              "jdbc:postgresql://127.0.0.1:5432/" + name,
              "postgres",
              null,
              "drop database " + name + " with (force)");
        }
        case "mariadb" -> {
          admin("MariaDB", TestDatabase.MARIADB_ADMIN, "root", "create database " + name);
          yield new Place(
              kind,
              "jdbc:mariadb://127.0.0.1:3306/" + name,
              "root",
              name + "_customers",
              "drop database " + name);
        }
        default -> throw new IllegalArgumentException(kind);
      };
    }

    /** The tables in the host's schema (the connection's own). */
    List<String> hostTables(HikariDataSource pool) throws SQLException {
      List<String> names = new ArrayList<>();
      try (Connection c = pool.getConnection();
          ResultSet rs =
              c.getMetaData()
                  .getTables(
                      kind.equals("mariadb") ? c.getCatalog() : null,
                      kind.equals("mariadb") ? null : c.getSchema(),
                      "%",
                      new String[] {"TABLE"})) {
        while (rs.next()) {
          names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
        }
      }
      return names;
    }

    void drop() throws SQLException {
      if (kind.equals("h2")) {
        try (Connection c = DriverManager.getConnection(url, user, "");
            Statement s = c.createStatement()) {
          s.execute("shutdown");
        }
      } else if (kind.equals("postgres")) {
        admin("PostgreSQL", TestDatabase.POSTGRES_ADMIN, user, dropSql);
      } else {
        admin("MariaDB", TestDatabase.MARIADB_ADMIN, user, dropSql);
        admin("MariaDB", TestDatabase.MARIADB_ADMIN, user, "drop database if exists " + sdkSchema);
      }
    }
  }

  private static void admin(String kind, String url, String user, String sql) {
    LocalServers.execute(kind, url, user, sql);
  }
}
