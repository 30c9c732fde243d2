package dev.customers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.StorageException;
import dev.customers.core.CustomersSdk;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Start-up failures are the SDK's own {@link StorageException}, saying what to do, with the cause
 * kept: a database that is not there, a user who may not create the schema. (A schema newer than
 * the SDK: {@link JdbcUpgradeTest}.) And a read-write user on a schema someone else migrated starts
 * cleanly, with trigram search.
 */
class StartupErrorsTest {
  private static final JdbcSettings NOWHERE =
      JdbcSettings.of("jdbc:postgresql://127.0.0.1:1/test", "postgres", "")
          .withConnectionTimeout(Duration.ofMillis(500));

  @Test
  void aDatabaseThatIsNotThere_isAStorageExceptionSayingWhatToCheck() {
    assertThatThrownBy(() -> JdbcStorage.open(NOWHERE))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("cannot connect to jdbc:postgresql://127.0.0.1:1/test as postgres")
        .hasMessageContaining("check that the database is running")
        .hasCauseInstanceOf(RuntimeException.class);
    // The builder hands the host the SDK's error, not Guice's wrapping of it.
    assertThatThrownBy(
            () -> CustomersSdk.builder().storage(JdbcStorageModule.forSettings(NOWHERE)).build())
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("cannot connect");
  }

  @Test
  void aUserWhoMayNotCreateTables_isToldToGrantCreate() throws SQLException {
    TestDatabase database = TestDatabase.postgres();
    String schema = schemaOf(database);
    String role = schema + "_reader";
    admin(
        List.of(
            "create role " + role + " login", "grant usage on schema " + schema + " to " + role));
    try {
      JdbcSettings settings = JdbcSettings.of(database.url(), role, "").withSchema(schema);
      assertThatThrownBy(() -> JdbcStorage.open(settings))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("may not create the customers tables")
          .hasMessageContaining("grant it CREATE")
          .hasCauseInstanceOf(RuntimeException.class);
    } finally {
      database.drop();
      admin(List.of("drop owned by " + role, "drop role " + role));
    }
  }

  @Test
  void aReadWriteUser_onASchemaAnotherUserMigrated_startsWithTrigramSearch() throws SQLException {
    TestDatabase database = TestDatabase.postgres();
    String schema = schemaOf(database);
    String role = schema + "_app";
    try (JdbcStorage owner = JdbcStorage.open(database.settings())) {
      assertThat(owner.trigramSearch()).isTrue();
    }
    admin(
        List.of(
            "create role " + role + " login",
            "grant usage on schema " + schema + " to " + role,
            "grant select, insert, update, delete on all tables in schema "
                + schema
                + " to "
                + role));
    try (JdbcStorage app =
        JdbcStorage.open(JdbcSettings.of(database.url(), role, "").withSchema(schema))) {
      assertThat(app.trigramSearch()).isTrue();
    } finally {
      database.drop();
      admin(List.of("drop owned by " + role, "drop role " + role));
    }
  }

  private static String schemaOf(TestDatabase database) {
    return database.url().substring(database.url().indexOf("currentSchema=") + 14);
  }

  private static void admin(List<String> statements) throws SQLException {
    try (Connection c = DriverManager.getConnection(TestDatabase.POSTGRES_ADMIN, "postgres", "");
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }
}
