package dev.customers.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.Customers;
import dev.customers.core.CustomersSdk;
import dev.customers.jdbc.JdbcStorageModule;
import dev.customers.testkit.FixedClock;
import dev.customers.testkit.TestCustomers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudioFrontDeskTest {

  @Test
  void run_walksThroughTheRosterIncludingTheUnhappyPaths() {
    String out;
    FixedClock clock = FixedClock.at(TestCustomers.START);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    ExampleMailer mailer = new ExampleMailer(print);
    try (Customers customers = CustomersSdk.builder().clock(clock).notifier(mailer).build()) {
      new StudioFrontDesk(customers, mailer, clock, print).run();
    }
    out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("added Ada Lovelace")
        .contains(
            "form family_sign_up v1, its JSON Schema names [firstName, lastName, email, fields,"
                + " consents, dependants]")
        .contains(
            "signed up Mia Stone with Kit Stone as a guest account (email null); sent again:"
                + " repeated=true, the same family true")
        .contains(
            "bad answer: fields.emergency_phone (absent) is required",
            "bad answer: consents.studio_waiver 'false' must be granted (true) to submit this form",
            "bad answer: email 'al@example' is not an email address",
            "bad answer: dependants[0].fields.shoe_size 'big' is not a whole number")
        .contains("Kit's answers on the sign-up, as Mia may see them: {shoe_size=[31]}")
        .contains(
            "  firstName,lastName,email,fields.level,tags",
            "  Ada,Lovelace,ada@example.com,Advanced,Morning regular; VIP",
            "  Kit,Stone-Lee,,,")
        .contains(
            "Vorname -> Detail[column=FIRST_NAME]",
            "Level -> Field[key=level]",
            "dry run: ImportCounts[read=3, created=1, updated=1, unchanged=0, failed=1]",
            "import COMPLETED_WITH_ERRORS: ImportCounts[read=3, created=1, updated=1, unchanged=0,"
                + " failed=1]",
            "line 4, E-Mail 'omar@example': is not an email address",
            "Vorname,Nachname,E-Mail,Geburtstag,Level,Tags,error",
            "Omar,Haddad,omar@example,,Beginner,Imported,\"line 4, E-Mail 'omar@example': is not an"
                + " email address\"")
        .contains("Mia reads Kit's profile: Kit Stone, ")
        .contains("denied: guardian:")
        .contains("may not update customer")
        .contains("may not read customer")
        .contains("with EDIT_PROFILE granted, Mia renames him: Kit Stone-Lee")
        .contains("Kit Stone-Lee, dependant, age 7")
        .contains("[mail] to Mia Stone <mia.stone@example.com>: claim your account")
        .contains("status: INVITED")
        .contains("refused: invalid input: password")
        .contains("; status CLAIMED")
        .contains("the link again: this invite link does not work")
        .contains("login: Accepted; with a wrong password: Refused")
        .contains("EXACT_EMAIL  Ben Adams", "PREFIX  Zoë Ångström")
        .contains("conflict: email ADA@example.com already belongs to active customer")
        .contains(
            "invalid: firstName ' ' must not be blank",
            "invalid: email 'not-an-email' is not an email address")
        .contains("now has phone 07700 900123, version 2")
        .contains("stale edit refused")
        .contains(
            "invalid: fields.level 'Expert' is not one of the choices",
            "invalid: fields.waiver_signed 'last week'")
        .contains("may not change field waiver_signed: it is write-once")
        .contains(
            "tag Morning regular #3a7bd5: 2 customer(s)",
            "morning regulars with 2+ visits: [Ada Lovelace]")
        .contains("refused: invalid input: filter.field 'injuries' no such field")
        .contains(
            """
            -- Ada Lovelace's profile as the desk sees it
              !! ALERT: Peanut allergy: no snacks from the café
              Waiver signed: 2026-01-15
              Class level: Advanced
              Emergency contact: +44 20 7946 0999
              tags: [Morning regular, VIP]
              pinned: Likes the mat by the window
              notes: 2
              Sit-and-reach: 31.5 cm
              Visits: 3
            """
                .replace("\n", System.lineSeparator()))
        .contains(
            """
            -- Ada Lovelace's profile as Ada herself sees it
              !! ALERT: Peanut allergy: no snacks from the café
              Waiver signed: 2026-01-15
              Emergency contact: +44 20 7946 0999
              notes: 1
              consent Marketing by email: GRANTED
            """
                .replace("\n", System.lineSeparator()))
        .contains("denied: staff:maya(STAFF) may not archive customers")
        .contains("active roster: [Zoë Ångström, Lin Chen, Ada Lovelace, Mia Stone, Kit Stone-Lee]")
        .contains(
            "with archived: [Ben Adams, Zoë Ångström, Lin Chen, Ada Lovelace, Mia Stone, Kit Stone-Lee]")
        .contains("turns 29")
        .contains("customer.archived by staff:sam(OWNER) (moved away)")
        .contains("status: ACTIVE -> ARCHIVED")
        .endsWith("== done" + System.lineSeparator());
  }

  @Test
  void run_onTheEmbeddedH2Database_showsTheFirstRunsDataInTheSecond(@TempDir Path data) {
    FixedClock clock = FixedClock.at(TestCustomers.START);
    String first;
    try (Customers customers =
        CustomersSdk.builder()
            .storage(JdbcStorageModule.embeddedH2(data))
            .clock(clock)
            .notifier(MAILER)
            .build()) {
      first = run(customers, clock);
    }
    String second;
    try (Customers customers =
        CustomersSdk.builder()
            .storage(JdbcStorageModule.embeddedH2(data))
            .clock(clock)
            .notifier(MAILER)
            .build()) {
      second = run(customers, clock);
    }
    assertThat(first).contains("== first run: the database is empty", "Sunrise Yoga #1");
    assertThat(second)
        .contains("== earlier runs left 1 studio(s) in the database:")
        .contains(
            "Sunrise Yoga #1 (created 2026-03-02T10:00:00Z): [Ben Adams, Zoë Ångström, Lin Chen,"
                + " Ada Lovelace, Mia Stone, Kit Stone-Lee]")
        .contains("Sunrise Yoga #2")
        .endsWith("== done" + System.lineSeparator());
  }

  @Test
  void aHealthyStart_onH2_logsNoWarning_noJooqBanner_andAFewLinesOfItsOwn(@TempDir Path data)
      throws java.io.IOException {
    // slf4j-simple starts the file afresh when it starts: start it before measuring.
    org.slf4j.LoggerFactory.getLogger(StudioFrontDeskTest.class).debug("measuring the log");
    Path log = Path.of("target/example-test.log");
    long before = java.nio.file.Files.exists(log) ? java.nio.file.Files.size(log) : 0;
    FixedClock clock = FixedClock.at(TestCustomers.START);
    try (Customers customers =
        CustomersSdk.builder()
            .storage(JdbcStorageModule.embeddedH2(data))
            .clock(clock)
            .notifier(MAILER)
            .build()) {
      run(customers, clock);
    }
    byte[] all = java.nio.file.Files.readAllBytes(log);
    String started =
        new String(all, (int) before, all.length - (int) before, StandardCharsets.UTF_8);
    assertThat(started).doesNotContain("WARN").doesNotContain("ERROR");
    assertThat(started)
        .doesNotContain("jOOQ")
        .doesNotContain("@@@@")
        .doesNotContain("tip of the day");
    assertThat(started.lines().filter(line -> line.contains(" INFO dev.customers")).count())
        .isLessThanOrEqualTo(2);
  }

  /** The mailer of the runs over a database directory, which print nothing of their mail. */
  private static final ExampleMailer MAILER =
      new ExampleMailer(new PrintStream(java.io.OutputStream.nullOutputStream()));

  private static String run(Customers customers, java.time.Clock clock) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new StudioFrontDesk(
            customers, MAILER, clock, new PrintStream(bytes, true, StandardCharsets.UTF_8))
        .run();
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
