package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.InvalidStateException;
import dev.customers.api.NotFoundException;
import dev.customers.api.PageRequest;
import dev.customers.api.ValidationException;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.export.RosterColumn;
import dev.customers.api.imports.ImportCounts;
import dev.customers.api.imports.ImportJob;
import dev.customers.api.imports.ImportMapping;
import dev.customers.api.imports.ImportOptions;
import dev.customers.api.imports.ImportStatus;
import dev.customers.api.imports.ImportTarget;
import dev.customers.api.roster.RosterEntry;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * Import jobs over the storage the subclass supplies in {@link #storageUnderTest()}: a job whose
 * instance stopped mid-way resumes after its last committed batch and imports each row once, a job
 * another instance holds is refused, cancelling, progress told after each batch, jobs listed newest
 * first, and saved and suggested mappings.
 */
public abstract class ImportJobContract extends ImportContractSupport {
  /** Thrown by a listener to stop a run the way a crash would, after a batch committed. */
  private static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Crash() {
      super("the instance stopped");
    }
  }

  private ImportJob submit(ImportOptions options) {
    try {
      return imports().submit(sdk().admin(), csv(CSV), options);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aJobWhoseInstanceStopped_resumesAfterItsLastBatch_andImportsEachRowOnce() {
    ImportOptions options = ImportOptions.of(MAPPING).withBatchSize(3);
    ImportJob job = submit(options);
    List<ImportCounts> told = new ArrayList<>();

    assertThatThrownBy(
            () ->
                imports()
                    .run(
                        sdk().admin(),
                        job.id(),
                        progress -> {
                          told.add(progress.counts());
                          throw new Crash();
                        }))
        .isInstanceOf(Crash.class);

    ImportJob stopped = imports().job(sdk().admin(), job.id());
    assertThat(stopped.status()).isEqualTo(ImportStatus.RUNNING);
    assertThat(stopped.counts().read()).isEqualTo(3);
    assertThat(told).containsExactly(stopped.counts());
    assertThatThrownBy(() -> imports().run(sdk().admin(), job.id(), j -> {}))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("another instance");

    sdk().clock().advance(Duration.ofMinutes(3));
    List<ImportJob> progress = new ArrayList<>();
    ImportJob resumed = imports().run(sdk().admin(), job.id(), progress::add);

    assertThat(resumed.status()).isEqualTo(ImportStatus.COMPLETED_WITH_ERRORS);
    assertThat(resumed.counts()).isEqualTo(new ImportCounts(11, GOOD, 0, 0, 6));
    assertThat(failures(resumed)).hasSize(6);
    assertThat(rosterByEmail()).hasSize(GOOD);
    assertThat(sdk().events().eventsOf(CustomerEvent.Created.class)).hasSize(GOOD);
    assertThat(progress).extracting(j -> j.counts().read()).containsExactly(6L, 9L, 11L, 11L);
    assertThat(progress.get(progress.size() - 1).status())
        .isEqualTo(ImportStatus.COMPLETED_WITH_ERRORS);
    assertThatThrownBy(() -> imports().run(sdk().admin(), job.id(), j -> {}))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("has ended");
  }

  @Test
  void aResumedJob_endsWithTheRosterOfAnUninterruptedOne() {
    ImportOptions options = ImportOptions.of(MAPPING).withBatchSize(2);
    ImportJob whole = importNow(csv(CSV), options);
    Map<String, RosterEntry> uninterrupted = rosterByEmail();
    for (RosterEntry entry : roster()) {
      sdk().roster().archive(sdk().admin(), entry.id());
    }

    ImportJob job = submit(options);
    int[] batches = {0};
    assertThatThrownBy(
            () ->
                imports()
                    .run(
                        sdk().admin(),
                        job.id(),
                        p -> {
                          if (++batches[0] == 2) {
                            throw new Crash();
                          }
                        }))
        .isInstanceOf(Crash.class);
    sdk().clock().advance(Duration.ofMinutes(3));
    ImportJob resumed = imports().run(sdk().admin(), job.id(), j -> {});

    assertThat(resumed.counts()).isEqualTo(whole.counts());
    assertThat(failures(resumed)).isEqualTo(failures(whole));
    Map<String, RosterEntry> again = rosterByEmail();
    assertThat(again.keySet()).isEqualTo(uninterrupted.keySet());
    for (Map.Entry<String, RosterEntry> entry : again.entrySet()) {
      assertThat(entry.getValue().person().details())
          .isEqualTo(get(uninterrupted, entry.getKey()).person().details());
    }
  }

  @Test
  void cancel_endsAQueuedJobAtOnce_andARunningOneAfterItsBatch() {
    ImportJob queued = submit(ImportOptions.of(MAPPING));
    assertThat(imports().cancel(sdk().admin(), queued.id()).status())
        .isEqualTo(ImportStatus.CANCELLED);
    assertThatThrownBy(() -> imports().run(sdk().admin(), queued.id(), j -> {}))
        .isInstanceOf(InvalidStateException.class);
    assertThatThrownBy(() -> imports().cancel(sdk().admin(), queued.id()))
        .isInstanceOf(InvalidStateException.class);
    assertThat(roster()).isEmpty();

    ImportJob running = submit(ImportOptions.of(MAPPING).withBatchSize(4));
    ImportJob ended =
        imports()
            .run(
                sdk().admin(),
                running.id(),
                p -> {
                  if (p.status() == ImportStatus.RUNNING && !p.cancelRequested()) {
                    imports().cancel(sdk().admin(), running.id());
                  }
                });
    assertThat(ended.status()).isEqualTo(ImportStatus.CANCELLED);
    assertThat(ended.counts().read()).isEqualTo(4);
    assertIdentity(ended.counts());
    assertThat(roster()).hasSize((int) ended.counts().created());
  }

  @Test
  void start_runsTheJobOnTheHostsExecutor() {
    ImportJob job = submit(ImportOptions.of(MAPPING));
    List<Runnable> tasks = new ArrayList<>();
    Executor executor = tasks::add;
    List<ImportJob> told = new ArrayList<>();

    imports().start(sdk().admin(), job.id(), executor, told::add);

    assertThat(imports().job(sdk().admin(), job.id()).status()).isEqualTo(ImportStatus.QUEUED);
    assertThat(tasks).hasSize(1);
    tasks.get(0).run();
    assertThat(imports().job(sdk().admin(), job.id()).status())
        .isEqualTo(ImportStatus.COMPLETED_WITH_ERRORS);
    assertThat(told).isNotEmpty();
  }

  @Test
  void jobs_listedNewestFirst_inPages_andAnUnknownJobIsNotFound() {
    ImportJob first = submit(ImportOptions.of(MAPPING));
    sdk().clock().advance(Duration.ofSeconds(1));
    ImportJob second = submit(ImportOptions.of(MAPPING));
    sdk().clock().advance(Duration.ofSeconds(1));
    ImportJob third = submit(ImportOptions.of(MAPPING));

    var page = imports().jobs(sdk().admin(), PageRequest.first(2));
    assertThat(page.items()).extracting(ImportJob::id).containsExactly(third.id(), second.id());
    var rest = imports().jobs(sdk().admin(), PageRequest.first(2).after(page.nextCursor()));
    assertThat(rest.items()).extracting(ImportJob::id).containsExactly(first.id());
    assertThat(rest.nextCursor()).isNull();
    assertThat(first.options()).isEqualTo(ImportOptions.of(MAPPING));
    assertThat(first.sourceKind()).isEqualTo("csv");
    assertThatThrownBy(
            () -> imports().job(Fixtures.admin(sdk().newOrganization("Other").id()), first.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void mappings_savedAndReused_andSuggestedFromCommonHeaders() {
    imports().saveMapping(sdk().admin(), "Mindbody export", MAPPING);
    assertThat(imports().savedMapping(sdk().admin(), "Mindbody export")).contains(MAPPING);
    assertThat(imports().savedMapping(sdk().admin(), "other")).isEmpty();
    assertThat(imports().savedMappings(sdk().admin())).containsExactly("Mindbody export");
    assertThatThrownBy(
            () ->
                imports()
                    .saveMapping(
                        sdk().admin(),
                        "bad",
                        ImportMapping.of().with("X", ImportTarget.field("missing"))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("missing");

    ImportMapping suggested =
        imports()
            .suggestMapping(
                sdk().admin(),
                List.of(
                    "Vorname",
                    "Nachname",
                    "E-Mail-Adresse",
                    "Téléphone",
                    "Date of Birth",
                    "Client ID",
                    "Level",
                    "Tags",
                    "newsletter",
                    "Favourite colour"));
    assertThat(suggested.columns())
        .extracting(c -> c.column() + " -> " + c.target())
        .containsExactly(
            "Vorname -> " + ImportTarget.detail(RosterColumn.FIRST_NAME),
            "Nachname -> " + ImportTarget.detail(RosterColumn.LAST_NAME),
            "E-Mail-Adresse -> " + ImportTarget.detail(RosterColumn.EMAIL),
            "Téléphone -> " + ImportTarget.detail(RosterColumn.PHONE),
            "Date of Birth -> " + ImportTarget.detail(RosterColumn.BIRTHDAY),
            "Client ID -> " + ImportTarget.externalId(),
            "Level -> " + ImportTarget.field("level"),
            "Tags -> " + ImportTarget.tags(";"),
            "newsletter -> " + ImportTarget.consent("newsletter"));
  }
}
