package dev.customers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.Caller;
import dev.customers.api.Customers;
import dev.customers.api.export.ExportRequest;
import dev.customers.api.imports.ImportJob;
import dev.customers.api.imports.ImportOptions;
import dev.customers.api.imports.ImportSettings;
import dev.customers.api.imports.ImportSource;
import dev.customers.api.imports.ImportStatus;
import dev.customers.api.org.Organization;
import dev.customers.testkit.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An import whose process is killed mid-job ({@code destroyForcibly}), then resumed by another
 * instance whose connection is terminated mid-batch ({@code pg_terminate_backend}), ends with
 * exactly the customers, failures, audit entries and events of an uninterrupted run of the same
 * file.
 */
class PostgresImportKillTest {
  private static final int ROWS = 20_000;
  private SdkInstances instances;

  @AfterEach
  void close() {
    if (instances != null) {
      instances.close();
    }
  }

  @Test
  void killedMidJob_andCutOffMidBatch_endsWithTheRowsOfAnUninterruptedRun() throws Exception {
    instances = new SdkInstances("postgres");
    TestDatabase database = instances.database();
    Customers sdk =
        instances.open(
            b -> b.imports(ImportSettings.DEFAULTS.withClaimTimeout(Duration.ofSeconds(2))));
    RosterFile file = new RosterFile(ROWS);
    ImportOptions options = ImportOptions.of(RosterFile.MAPPING).withBatchSize(500);

    Organization calm = sdk.organizations().create("Uninterrupted", ZoneOffset.UTC);
    Caller calmAdmin = Fixtures.owner(calm.id());
    PostgresImportTest.defineLevel(sdk, calmAdmin);
    ImportJob whole =
        sdk.imports()
            .run(
                calmAdmin,
                sdk.imports()
                    .submit(
                        calmAdmin, ImportSource.csv(new ByteArrayInputStream(file.bytes)), options)
                    .id(),
                j -> {});

    Organization org = sdk.organizations().create("Interrupted", ZoneOffset.UTC);
    Caller admin = Fixtures.owner(org.id());
    PostgresImportTest.defineLevel(sdk, admin);
    ImportJob job =
        sdk.imports()
            .submit(admin, ImportSource.csv(new ByteArrayInputStream(file.bytes)), options);

    Path log = Files.createTempFile("import-worker", ".log");
    Process worker =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ImportWorkerMain.class.getName(),
                database.url(),
                database.schema(),
                org.id().toString(),
                job.id().toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (sdk.imports().job(admin, job.id()).counts().read() < 4_000) {
      assertThat(worker.isAlive())
          .as("the worker, whose output is %s", Files.readString(log))
          .isTrue();
      assertThat(System.nanoTime()).as("the worker's progress").isLessThan(deadline);
      Thread.sleep(50);
    }
    worker.destroyForcibly();
    worker.waitFor();
    Files.delete(log);
    ImportJob killed = sdk.imports().job(admin, job.id());
    assertThat(killed.status()).isEqualTo(ImportStatus.RUNNING);
    assertThat(killed.counts().read()).isBetween(4_000L, ROWS - 1L);

    Thread.sleep(2_500); // the dead instance's claim lapses
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger terminated = new AtomicInteger();
    Thread cutter = new Thread(() -> cutOnce(database, done, terminated));
    cutter.start();
    ImportJob resumed;
    try {
      resumed = sdk.imports().run(admin, job.id(), j -> {});
    } finally {
      done.set(true);
      cutter.join();
    }

    assertThat(terminated.get()).as("connections terminated mid-batch").isEqualTo(1);
    assertThat(resumed.status()).isEqualTo(whole.status());
    assertThat(resumed.counts()).isEqualTo(whole.counts());
    assertThat(PostgresImportTest.failedLines(sdk, admin, resumed))
        .isEqualTo(PostgresImportTest.failedLines(sdk, calmAdmin, whole))
        .isEqualTo(file.bad);
    assertThat(roster(sdk, admin)).isEqualTo(roster(sdk, calmAdmin));
    assertThat(count(database, "cs_audit", org)).isEqualTo(count(database, "cs_audit", calm));
    assertThat(count(database, "cs_outbox", org)).isEqualTo(count(database, "cs_outbox", calm));
  }

  /** Terminates one of the SDK's connections while it is inside a transaction. */
  private static void cutOnce(TestDatabase database, AtomicBoolean done, AtomicInteger terminated) {
    String find =
        "select pid from pg_stat_activity where pid <> pg_backend_pid() and xact_start is not null"
            + " and query like ? and query like '%cs_%' limit 1";
    try (Connection c = DriverManager.getConnection(database.adminUrl(), "postgres", "");
        PreparedStatement ps = c.prepareStatement(find)) {
      ps.setString(1, "%" + database.schema() + "%");
      while (!done.get()) {
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            try (PreparedStatement kill = c.prepareStatement("select pg_terminate_backend(?)")) {
              kill.setInt(1, rs.getInt(1));
              kill.execute();
            }
            terminated.incrementAndGet();
            return;
          }
        }
        Thread.sleep(5);
      }
    } catch (Exception e) {
      throw new IllegalStateException("the cutter failed", e);
    }
  }

  private static List<String> roster(Customers sdk, Caller admin) throws Exception {
    StringWriter out = new StringWriter();
    sdk.export().exportRoster(admin, ExportRequest.csv(), out);
    return out.toString().lines().map(l -> l.substring(l.indexOf(',') + 1)).sorted().toList();
  }

  private static long count(TestDatabase database, String table, Organization org)
      throws Exception {
    try (Connection c = DriverManager.getConnection(database.url(), "postgres", "");
        PreparedStatement ps =
            c.prepareStatement(
                "select count(*) from "
                    + database.schema()
                    + "."
                    + table
                    + " where organization_id = ?")) {
      ps.setObject(1, org.id().value());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
