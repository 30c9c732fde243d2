package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.ImportJobId;
import dev.customers.api.imports.ImportCounts;
import dev.customers.api.imports.ImportStatus;
import dev.customers.api.org.Organization;
import dev.customers.api.spi.ImportStore;
import dev.customers.api.spi.StoredFailedRow;
import dev.customers.api.spi.StoredImportJob;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.customers.api.spi.ImportStore}: jobs per organization newest first,
 * claims that only one worker wins (and only when queued or lapsed), progress and ends only by the
 * holder, cancelling, source chunks kept byte for byte, failed rows in line order, mappings, and
 * external ids held by one customer each.
 */
public abstract class ImportStoreContract extends StoreContractSupport {
  private StoredImportJob queued(Organization org) {
    return new StoredImportJob(
        ImportJobId.of(newId()),
        org.id(),
        ImportStatus.QUEUED,
        "{\"options\":true}",
        "csv",
        2,
        "{\"staff\":\"ann\",\"role\":\"ADMIN\"}",
        null,
        ImportCounts.NONE,
        null,
        null,
        false,
        null,
        now(),
        now());
  }

  private Optional<StoredImportJob> claim(StoredImportJob job, String worker, Instant at) {
    return tx(
        s ->
            s.imports()
                .claim(job.organizationId(), job.id(), worker, at, at.plus(Duration.ofMinutes(2))));
  }

  @Test
  void jobs_storedPerOrganization_newestFirst_pagedByTheOlderId() {
    StoredImportJob first = queued(orgA);
    StoredImportJob second = queued(orgA);
    StoredImportJob third = queued(orgA);
    StoredImportJob other = queued(orgB);
    run(
        s -> {
          for (StoredImportJob job : List.of(first, second, third, other)) {
            s.imports().insertJob(job);
          }
        });
    assertThat(list(s -> s.imports().jobs(orgA.id(), null, 10)))
        .containsExactly(third, second, first);
    assertThat(list(s -> s.imports().jobs(orgA.id(), third.id(), 1))).containsExactly(second);
    assertThat(optional(s -> s.imports().job(orgB.id(), first.id()))).isEmpty();
    assertThat(optional(s -> s.imports().job(orgA.id(), first.id()))).contains(first);
  }

  @Test
  void claim_onlyOneWorkerWins_untilTheClaimLapses() {
    StoredImportJob job = queued(orgA);
    run(s -> s.imports().insertJob(job));
    Optional<StoredImportJob> a = claim(job, "a", now());
    assertThat(a)
        .hasValueSatisfying(
            j -> {
              assertThat(j.status()).isEqualTo(ImportStatus.RUNNING);
              assertThat(j.claimedBy()).isEqualTo("a");
            });
    assertThat(claim(job, "b", now().plusSeconds(60))).isEmpty();
    Optional<StoredImportJob> b = claim(job, "b", now().plusSeconds(121));
    assertThat(b).hasValueSatisfying(j -> assertThat(j.claimedBy()).isEqualTo("b"));
    // The worker that lost the claim can no longer record progress or end the job.
    assertThat(
            optional(
                s ->
                    s.imports()
                        .progress(
                            orgA.id(),
                            job.id(),
                            "a",
                            new ImportCounts(1, 1, 0, 0, 0),
                            null,
                            later(),
                            later())))
        .isEmpty();
    assertThat(
            optional(
                s ->
                    s.imports()
                        .finish(orgA.id(), job.id(), "a", ImportStatus.COMPLETED, null, later())))
        .isEmpty();
  }

  @Test
  void progress_byTheHolder_keepsCountsAndHeader_andFinishEndsTheJob() {
    StoredImportJob job = queued(orgA);
    run(s -> s.imports().insertJob(job));
    claim(job, "w", now());
    Instant until = now().plusSeconds(300);
    ImportCounts counts = new ImportCounts(10, 5, 2, 1, 2);
    Optional<StoredImportJob> after =
        optional(
            s ->
                s.imports()
                    .progress(orgA.id(), job.id(), "w", counts, "[\"a\",\"b\"]", until, now()));
    assertThat(after)
        .hasValueSatisfying(
            j -> {
              assertThat(j.counts()).isEqualTo(counts);
              assertThat(j.header()).isEqualTo("[\"a\",\"b\"]");
              assertThat(j.claimedUntil()).isEqualTo(until);
            });
    ImportCounts more = new ImportCounts(12, 6, 2, 1, 3);
    assertThat(
            optional(
                s -> s.imports().progress(orgA.id(), job.id(), "w", more, null, later(), later())))
        .hasValueSatisfying(j -> assertThat(j.header()).isEqualTo("[\"a\",\"b\"]"));
    Optional<StoredImportJob> ended =
        optional(
            s ->
                s.imports()
                    .finish(
                        orgA.id(),
                        job.id(),
                        "w",
                        ImportStatus.COMPLETED_WITH_ERRORS,
                        null,
                        later()));
    assertThat(ended)
        .hasValueSatisfying(
            j -> {
              assertThat(j.status()).isEqualTo(ImportStatus.COMPLETED_WITH_ERRORS);
              assertThat(j.claimedBy()).isNull();
              assertThat(j.counts()).isEqualTo(more);
            });
    assertThat(claim(job, "x", later().plusSeconds(3600))).isEmpty();
  }

  @Test
  void cancel_endsAQueuedJob_marksARunningOne_andLeavesAnEndedOneAlone() {
    StoredImportJob waiting = queued(orgA);
    StoredImportJob running = queued(orgA);
    run(
        s -> {
          s.imports().insertJob(waiting);
          s.imports().insertJob(running);
        });
    claim(running, "w", now());
    assertThat(optional(s -> s.imports().cancel(orgA.id(), waiting.id(), later())))
        .hasValueSatisfying(j -> assertThat(j.status()).isEqualTo(ImportStatus.CANCELLED));
    assertThat(optional(s -> s.imports().cancel(orgA.id(), running.id(), later())))
        .hasValueSatisfying(
            j -> {
              assertThat(j.status()).isEqualTo(ImportStatus.RUNNING);
              assertThat(j.cancelRequested()).isTrue();
            });
    assertThat(optional(s -> s.imports().cancel(orgA.id(), waiting.id(), later()))).isEmpty();
    assertThat(optional(s -> s.imports().cancel(orgB.id(), running.id(), later()))).isEmpty();
  }

  @Test
  void sourceChunks_keptByteForByte_perJob_andDropped() {
    StoredImportJob job = queued(orgA);
    byte[] big = new byte[ImportStore.CHUNK_BYTES];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31);
    }
    byte[] small = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 0, (byte) 0xFF};
    run(
        s -> {
          s.imports().putSourceChunk(orgA.id(), job.id(), 0, big);
          s.imports().putSourceChunk(orgA.id(), job.id(), 1, small);
        });
    assertThat(optional(s -> s.imports().sourceChunk(orgA.id(), job.id(), 0)))
        .hasValueSatisfying(b -> assertThat(b).isEqualTo(big));
    assertThat(optional(s -> s.imports().sourceChunk(orgA.id(), job.id(), 1)))
        .hasValueSatisfying(b -> assertThat(b).isEqualTo(small));
    assertThat(optional(s -> s.imports().sourceChunk(orgA.id(), job.id(), 2))).isEmpty();
    run(s -> s.imports().dropSource(orgA.id(), job.id()));
    assertThat(optional(s -> s.imports().sourceChunk(orgA.id(), job.id(), 0))).isEmpty();
  }

  @Test
  void failedRows_inLineOrder_afterALine() {
    StoredImportJob job = queued(orgA);
    run(
        s -> {
          s.imports().insertJob(job);
          s.imports()
              .addFailedRows(
                  orgA.id(),
                  job.id(),
                  List.of(new StoredFailedRow(30, "{\"c\":30}"), new StoredFailedRow(4, "{}")));
          s.imports()
              .addFailedRows(
                  orgA.id(), job.id(), List.of(new StoredFailedRow(7, "{\"ü\":\"🧗\"}")));
        });
    assertThat(list(s -> s.imports().failedRows(orgA.id(), job.id(), 0, 10)))
        .extracting(StoredFailedRow::line)
        .containsExactly(4L, 7L, 30L);
    assertThat(list(s -> s.imports().failedRows(orgA.id(), job.id(), 4, 1)))
        .containsExactly(new StoredFailedRow(7, "{\"ü\":\"🧗\"}"));
    assertThat(list(s -> s.imports().failedRows(orgB.id(), job.id(), 0, 10))).isEmpty();
  }

  @Test
  void mappings_savedByName_replaced_andListedInOrder() {
    run(
        s -> {
          s.imports().saveMapping(orgA.id(), "mindbody", "{\"v\":1}", now());
          s.imports().saveMapping(orgA.id(), "glofox", "{\"g\":1}", now());
          s.imports().saveMapping(orgA.id(), "mindbody", "{\"v\":2}", later());
        });
    assertThat(optional(s -> s.imports().mapping(orgA.id(), "mindbody"))).contains("{\"v\":2}");
    assertThat(list(s -> s.imports().mappingNames(orgA.id())))
        .containsExactly("glofox", "mindbody");
    assertThat(list(s -> s.imports().mappingNames(orgB.id()))).isEmpty();
  }

  @Test
  void externalIds_oneCustomerEach_replaced_andFoundBothWays() {
    CustomerId ada = CustomerId.of(newId());
    CustomerId bob = CustomerId.of(newId());
    run(
        s -> {
          s.imports().putExternalIds(orgA.id(), Map.of(ada, "MB-1", bob, "MB-2"));
          s.imports().putExternalIds(orgA.id(), Map.of(ada, "MB-3"));
        });
    assertThat(
            this.<Map<String, CustomerId>>tx(
                s -> s.imports().customersByExternalId(orgA.id(), List.of("MB-1", "MB-2", "MB-3"))))
        .isEqualTo(Map.of("MB-2", bob, "MB-3", ada));
    assertThat(
            this.<Map<CustomerId, String>>tx(
                s -> s.imports().externalIdsOf(orgA.id(), List.of(ada, bob))))
        .isEqualTo(Map.of(ada, "MB-3", bob, "MB-2"));
    assertThat(
            this.<Map<String, CustomerId>>tx(
                s -> s.imports().customersByExternalId(orgB.id(), List.of("MB-2"))))
        .isEmpty();
    assertThatThrownBy(() -> run(s -> s.imports().putExternalIds(orgA.id(), Map.of(ada, "MB-2"))))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));
    assertThat(
            this.<Map<CustomerId, String>>tx(
                s -> s.imports().externalIdsOf(orgA.id(), List.of(ada))))
        .isEqualTo(Map.of(ada, "MB-3"));
  }
}
