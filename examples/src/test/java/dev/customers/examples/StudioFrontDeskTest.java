package dev.customers.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.testkit.TestCustomers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StudioFrontDeskTest {

  @Test
  void run_walksThroughTheRosterIncludingTheUnhappyPaths() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TestCustomers t = TestCustomers.inMemory()) {
      new StudioFrontDesk(t.sdk(), t.clock(), new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("added Ada Lovelace")
        .contains("EXACT_EMAIL  Ben Adams", "PREFIX  Zoë Ångström")
        .contains("conflict: email ADA@example.com already belongs to active customer")
        .contains("invalid: firstName ' ' must not be blank", "invalid: email 'not-an-email' is not an email address")
        .contains("now has phone 07700 900123, version 2")
        .contains("stale edit refused")
        .contains("denied: staff:maya(STAFF) may not archive customers")
        .contains("active roster: [Zoë Ångström, Ada Lovelace]")
        .contains("with archived: [Ben Adams, Zoë Ångström, Ada Lovelace]")
        .contains("turns 29")
        .contains("customer.archived by staff:sam(OWNER) (moved away)")
        .contains("status: ACTIVE -> ARCHIVED")
        .endsWith("== done" + System.lineSeparator());
  }
}
