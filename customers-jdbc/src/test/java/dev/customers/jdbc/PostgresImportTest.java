package dev.customers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.Caller;
import dev.customers.api.Customers;
import dev.customers.api.PageRequest;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.imports.ImportCounts;
import dev.customers.api.imports.ImportJob;
import dev.customers.api.imports.ImportOptions;
import dev.customers.api.imports.ImportSource;
import dev.customers.api.imports.ImportStatus;
import dev.customers.api.imports.RowFailure;
import dev.customers.api.org.Organization;
import dev.customers.testkit.Fixtures;
import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A roster of 100,000 rows with one in a hundred bad, imported into PostgreSQL: the counts add up
 * exactly, every bad row is reported by its line and column, and the same file imported again
 * creates nothing and finds every good row unchanged.
 */
class PostgresImportTest {
  private static final int ROWS = 100_000;
  private SdkInstances instances;

  @AfterEach
  void close() {
    if (instances != null) {
      instances.close();
    }
  }

  static void defineLevel(Customers sdk, Caller admin) {
    sdk.fields()
        .define(
            admin,
            FieldSpec.of("level", "Level", FieldType.SINGLE_CHOICE)
                .withChoices(List.of("beginner", "advanced")));
  }

  static Map<Long, String> failedLines(Customers sdk, Caller admin, ImportJob job) {
    Map<Long, String> lines = new LinkedHashMap<>();
    PageRequest page = PageRequest.first(500);
    while (true) {
      var found = sdk.imports().failures(admin, job.id(), page);
      for (RowFailure failure : found.items()) {
        lines.putIfAbsent(failure.line(), failure.column() == null ? "" : failure.column());
      }
      if (found.nextCursor() == null) {
        return lines;
      }
      page = page.after(found.nextCursor());
    }
  }

  @Test
  void hundredThousandRows_badOnesReportedByLineAndColumn_andTheSameFileAgainChangesNothing()
      throws Exception {
    instances = new SdkInstances("postgres");
    Customers sdk = instances.open();
    Organization org = sdk.organizations().create("Big studio", ZoneOffset.UTC);
    Caller admin = Fixtures.owner(org.id());
    defineLevel(sdk, admin);
    RosterFile file = new RosterFile(ROWS);
    ImportOptions options = ImportOptions.of(RosterFile.MAPPING).withBatchSize(1000);

    long started = System.nanoTime();
    ImportJob job =
        sdk.imports()
            .run(
                admin,
                sdk.imports()
                    .submit(admin, ImportSource.csv(new ByteArrayInputStream(file.bytes)), options)
                    .id(),
                j -> {});
    long first = System.nanoTime() - started;

    int bad = file.bad.size();
    assertThat(job.status()).isEqualTo(ImportStatus.COMPLETED_WITH_ERRORS);
    assertThat(job.counts()).isEqualTo(new ImportCounts(ROWS, ROWS - bad, 0, 0, bad));
    assertThat(failedLines(sdk, admin, job)).isEqualTo(file.bad);

    started = System.nanoTime();
    ImportJob again =
        sdk.imports()
            .run(
                admin,
                sdk.imports()
                    .submit(admin, ImportSource.csv(new ByteArrayInputStream(file.bytes)), options)
                    .id(),
                j -> {});
    long second = System.nanoTime() - started;

    assertThat(again.counts()).isEqualTo(new ImportCounts(ROWS, 0, 0, ROWS - bad, bad));
    assertThat(failedLines(sdk, admin, again)).isEqualTo(file.bad);
    System.out.printf(
        "imported %d rows into PostgreSQL in %.1f s, again (all unchanged) in %.1f s%n",
        ROWS, first / 1e9, second / 1e9);
  }
}
