package dev.customers.examples;

import dev.customers.api.Caller;
import dev.customers.api.Customers;
import dev.customers.api.PageRequest;
import dev.customers.api.imports.ImportJob;
import dev.customers.api.imports.ImportMapping;
import dev.customers.api.imports.ImportOptions;
import dev.customers.api.imports.ImportReport;
import dev.customers.api.imports.ImportSource;
import dev.customers.api.imports.RowFailure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The studio brings its roster from its old booking system: a semicolon CSV with German headers,
 * mapped from the headers, checked in a dry run, then imported as a job on the host's own executor,
 * with the one bad row written back for fixing.
 */
final class ImportDesk {
  private static final String OLD_SYSTEM =
      """
      Vorname;Nachname;E-Mail;Geburtstag;Level;Tags
      Ada;Lovelace;ADA@example.com;;Advanced;Imported
      Lin;Chen;lin.chen@example.com;03.04.1990;Intermediate;"Imported; Morning regular"
      Omar;Haddad;omar@example;;Beginner;Imported
      """;

  private final Customers customers;
  private final PrintStream out;

  ImportDesk(Customers customers, PrintStream out) {
    this.customers = customers;
    this.out = out;
  }

  private static ImportSource file() {
    return ImportSource.csv(new ByteArrayInputStream(OLD_SYSTEM.getBytes(StandardCharsets.UTF_8)));
  }

  void run(Caller manager) {
    out.println("-- importing the roster of the old booking system");
    ImportMapping suggested =
        customers
            .imports()
            .suggestMapping(
                manager, List.of(OLD_SYSTEM.lines().findFirst().orElseThrow().split(";")));
    ImportMapping mapping = suggested.withDatePatterns("dd.MM.yyyy", "yyyy-MM-dd");
    suggested.columns().forEach(c -> out.println("  " + c.column() + " -> " + c.target()));
    customers.imports().saveMapping(manager, "Old booking system", mapping);
    ImportOptions options = ImportOptions.of(mapping);
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      ImportReport dry = customers.imports().dryRun(manager, file(), options);
      out.println("  dry run: " + dry.counts());
      ImportJob job = customers.imports().submit(manager, file(), options);
      CountDownLatch ended = new CountDownLatch(1);
      customers
          .imports()
          .start(
              manager,
              job.id(),
              executor,
              progress -> {
                if (progress.status().isFinal()) {
                  ended.countDown();
                }
              });
      if (!ended.await(1, TimeUnit.MINUTES)) {
        throw new IllegalStateException("the import did not end within a minute");
      }
      ImportJob done = customers.imports().job(manager, job.id());
      out.println("  import " + done.status() + ": " + done.counts());
      for (RowFailure failure :
          customers.imports().failures(manager, job.id(), PageRequest.first(50)).items()) {
        out.println(
            "  line "
                + failure.line()
                + ", "
                + failure.column()
                + " '"
                + failure.value()
                + "': "
                + failure.reason());
      }
      StringWriter failed = new StringWriter();
      customers.imports().writeFailedRows(manager, job.id(), failed);
      out.println("  the failed rows, to fix and import again:");
      failed.toString().lines().forEach(line -> out.println("    " + line));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while importing", e);
    } finally {
      executor.shutdown();
    }
  }
}
