package dev.customers.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each example host's {@code main}, run as a user would run it, and what it prints. */
class ExampleHostsTest {
  @Test
  void thePlainJavaHost_runsOnItsEmbeddedH2Database(@TempDir Path data) {
    String out = mainOutput(() -> StudioFrontDesk.main(new String[] {data.toString()}));
    assertThat(out)
        .startsWith("Customers SDK example: embedded H2 database in " + data.toAbsolutePath())
        .contains("== first run: the database is empty", "added Ada Lovelace")
        .contains("[event] Created by staff:maya(STAFF)")
        .endsWith("== done" + System.lineSeparator());
  }

  @Test
  void theGuiceHost_bindsItsOwnClock_andRunsItsDesk() {
    String out = mainOutput(() -> GuiceFrontDesk.main(new String[0]));
    assertThat(out)
        .contains("Guice host: its own Clock and DataSource bound, the SDK's modules installed")
        .contains("checked in Ada Lovelace at ")
        .contains("    [event] Created")
        .contains("search 'love': 1 hit(s)")
        .endsWith("== done" + System.lineSeparator());
  }

  private static String mainOutput(Runnable main) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
