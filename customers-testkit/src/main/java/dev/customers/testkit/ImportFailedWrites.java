package dev.customers.testkit;

import dev.customers.api.export.RosterColumn;
import dev.customers.api.imports.ImportJob;
import dev.customers.api.imports.ImportMapping;
import dev.customers.api.imports.ImportOptions;
import dev.customers.api.imports.ImportSource;
import dev.customers.api.imports.ImportTarget;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The import service's writes, for {@link FailedWriteContract}: saving a mapping, submitting a
 * file, running an import (each batch one transaction: a failed one leaves no row of its own), and
 * cancelling a queued job.
 */
final class ImportFailedWrites {
  private ImportFailedWrites() {}

  static final ImportMapping MAPPING =
      ImportMapping.of()
          .with("first", ImportTarget.detail(RosterColumn.FIRST_NAME))
          .with("email", ImportTarget.detail(RosterColumn.EMAIL))
          .with("level", ImportTarget.field("level"))
          .with("tags", ImportTarget.tags(";"))
          .with("news", ImportTarget.consent("newsletter"));

  private static final String FILE =
      """
      first,email,level,tags,news
      Ada,ada@example.com,B,New;VIP,yes
      Gia,gia@example.com,A,New,no
      Bad,not-an-email,A,,
      """;

  static ImportJob submit(FailedWriteContract.Scene s) {
    try {
      return s.sdk()
          .imports()
          .submit(
              s.owner,
              ImportSource.csv(new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8))),
              ImportOptions.of(MAPPING));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void addTo(Map<String, Consumer<FailedWriteContract.Scene>> w) {
    w.put("ImportService.saveMapping", s -> s.sdk().imports().saveMapping(s.owner, "old", MAPPING));
    w.put("ImportService.submit", ImportFailedWrites::submit);
    // The scene's queued job; a failed attempt keeps its claim, which lapses before the next one.
    w.put(
        "ImportService.run",
        s -> {
          s.t.clock().advance(java.time.Duration.ofMinutes(5));
          s.sdk().imports().run(s.owner, s.queuedImport.id(), job -> {});
        });
    w.put("ImportService.cancel", s -> s.sdk().imports().cancel(s.owner, s.queuedImport.id()));
  }
}
