package dev.customers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.Caller;
import dev.customers.api.Customers;
import dev.customers.api.InvalidStateException;
import dev.customers.api.accounts.ClaimStatus;
import dev.customers.api.accounts.ClaimedAccount;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.testkit.Fixtures;
import dev.customers.testkit.RecordingNotifier;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Account secrets on real databases: after invites and claims no table holds a token or a password
 * in clear (every column of every SDK table is read raw), and two SDK instances claiming the same
 * token at the same moment succeed exactly once.
 */
class AccountSecretsTest {
  private static final int RACES = 10;
  private final RecordingNotifier notifier = new RecordingNotifier();
  private SdkInstances instances;

  @AfterEach
  void close() {
    if (instances != null) {
      instances.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres", "mariadb"})
  void rawTables_holdNoTokenAndNoPassword_onlyTheirHashes(String kind) throws Exception {
    instances = new SdkInstances(kind);
    Customers sdk = sdk();
    Organization org = sdk.organizations().create("Studio", ZoneOffset.UTC);
    Caller staff = Fixtures.staff(org.id());
    CustomerProfile ada = sdk.roster().add(staff, Fixtures.details("Ada", "Lovelace"));
    CustomerProfile ben = sdk.roster().add(staff, Fixtures.details("Ben", "Adams"));
    sdk.accounts().invite(staff, ada.id());
    String replaced = notifier.lastToken();
    sdk.accounts().resend(staff, ada.id());
    String claimedToken = notifier.lastToken();
    sdk.accounts().invite(staff, ben.id());
    String pending = notifier.lastToken();
    String password = "a long secret phrase 42";
    sdk.accounts().claim(org.id(), claimedToken, password);
    sdk.accounts().verifyPassword(org.id(), "ada.lovelace@example.com", "wrong password given");

    List<String> values = rawValues();
    assertThat(values).as("values read from the SDK's tables").isNotEmpty();
    for (String secret : List.of(replaced, claimedToken, pending, password)) {
      assertThat(values).noneMatch(v -> v.contains(secret));
    }
    assertThat(values).anyMatch(v -> v.matches("[0-9a-f]{64}"));
    assertThat(values).anyMatch(v -> v.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres", "mariadb"})
  void twoInstances_claimingOneTokenAtOnce_succeedExactlyOnce(String kind) throws Exception {
    instances = new SdkInstances(kind);
    Customers first = sdk();
    Customers second = sdk();
    Organization org = first.organizations().create("Studio", ZoneOffset.UTC);
    Caller staff = Fixtures.staff(org.id());
    for (int round = 0; round < RACES; round++) {
      CustomerProfile customer =
          first.roster().add(staff, Fixtures.details("Racer" + round, "Claim"));
      first.accounts().invite(staff, customer.id());
      String token = notifier.lastToken();
      List<Boolean> won =
          AtOnce.run(
              List.of(
                  () -> claimed(first, org, token, "first password phrase"),
                  () -> claimed(second, org, token, "second password phrase")));
      boolean aWon = won.get(0);
      boolean bWon = won.get(1);
      assertThat(aWon ^ bWon)
          .as("round %d: exactly one claim succeeds (%s, %s)", round, aWon, bWon)
          .isTrue();
      assertThat(first.accounts().status(staff, customer.id())).isEqualTo(ClaimStatus.CLAIMED);
      String winner = aWon ? "first password phrase" : "second password phrase";
      assertThat(
              second.accounts().verifyPassword(org.id(), customer.person().email().value(), winner))
          .isInstanceOf(dev.customers.api.accounts.LoginResult.Accepted.class);
    }
  }

  private static boolean claimed(Customers sdk, Organization org, String token, String password) {
    try {
      ClaimedAccount account = sdk.accounts().claim(org.id(), token, password);
      return account != null;
    } catch (InvalidStateException used) {
      return false;
    }
  }

  /** Every non-null value of every column of every SDK table, as text. */
  private List<String> rawValues() throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c =
        DriverManager.getConnection(
            instances.database().url(),
            instances.database().user(),
            instances.database().password())) {
      DatabaseMetaData meta = c.getMetaData();
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String name = rs.getString("TABLE_NAME");
          String place =
              rs.getString("TABLE_SCHEM") != null
                  ? rs.getString("TABLE_SCHEM")
                  : rs.getString("TABLE_CAT");
          boolean ours =
              instances.database().schema().equalsIgnoreCase(place)
                  || instances.database().schema().equalsIgnoreCase(rs.getString("TABLE_CAT"));
          if (ours && name.toLowerCase(java.util.Locale.ROOT).startsWith("cs_")) {
            tables.add(name);
          }
        }
      }
      assertThat(tables).as("the SDK's tables").isNotEmpty();
      for (String table : tables) {
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("select * from " + quoted(meta, table))) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              String value = rs.getString(i);
              if (value != null) {
                values.add(value);
              }
            }
          }
        }
      }
    }
    return values;
  }

  /** The name as the database spells it, quoted (H2 keeps the migrations' lower case). */
  private static String quoted(DatabaseMetaData meta, String table) throws SQLException {
    String quote = meta.getIdentifierQuoteString().strip();
    return quote + table + quote;
  }

  private Customers sdk() {
    return instances.open(b -> b.notifier(notifier));
  }
}
