package dev.customers.core.imports;

import dev.customers.api.Caller;
import dev.customers.api.CustomersException;
import dev.customers.api.ImportJobId;
import dev.customers.api.OrganizationId;
import dev.customers.api.StorageException;
import dev.customers.api.imports.ImportCounts;
import dev.customers.api.imports.ImportListener;
import dev.customers.api.imports.ImportOptions;
import dev.customers.api.imports.ImportSettings;
import dev.customers.api.imports.ImportStatus;
import dev.customers.api.imports.MatchBy;
import dev.customers.api.imports.RowFailure;
import dev.customers.api.spi.StoredFailedRow;
import dev.customers.api.spi.StoredImportJob;
import dev.customers.core.internal.Transactions;
import dev.customers.core.internal.Work;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a claimed job: reads its stored source again from the start, passes over the rows its
 * committed batches already imported (noting their emails and ids for repeats), and imports the
 * rest batch by batch. Each batch's rows, failed rows and counts commit in one transaction, which
 * also checks that this instance still holds the claim, so a batch is never imported twice.
 */
final class JobRunner {
  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

  /** How often a batch that failed for the storage's sake (a lost connection) is tried again. */
  private static final int STORAGE_RETRIES = 3;

  private final Transactions transactions;
  private final ImportSettings settings;

  JobRunner(Transactions transactions, ImportSettings settings) {
    this.transactions = transactions;
    this.settings = settings;
  }

  /** Thrown inside a batch's transaction when another instance holds the job now. */
  private static final class ClaimLost extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ClaimLost() {
      super(null, null, false, false);
    }
  }

  /** Thrown inside a batch's transaction when a cancel waits: the batch is not imported. */
  private static final class CancelSeen extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CancelSeen() {
      super(null, null, false, false);
    }
  }

  StoredImportJob run(StoredImportJob job, String worker, ImportListener listener) {
    OrganizationId org = job.organizationId();
    ImportJobId id = job.id();
    Caller writer = Caller.of(org, ImportCodec.actor(job.actor()));
    ImportOptions options = ImportCodec.options(job.options());
    try (InputStream in = new StoredSource(transactions.storage(), org, id, job.sourceChunks())) {
      SourceRows rows;
      ResolvedMapping mapping;
      try {
        rows = Sources.open(job.sourceKind(), in, options.mapping(), settings.maxCellLength());
        mapping =
            ResolvedMapping.place(
                options.mapping(),
                rows.header(),
                transactions.read(writer, (o, session, p) -> session.fields().definitions(o.id())));
      } catch (SourceException e) {
        return finish(writer, job, worker, ImportStatus.FAILED, String.valueOf(e.getMessage()));
      }
      RowBatches batches = new RowBatches(rows, mapping, options.matchBy() == MatchBy.EMAIL);
      BatchPlanner planner = new BatchPlanner(mapping, options, writer.actor());
      batches.skip(job.counts().read());
      String header = job.header() == null ? ImportCodec.strings(rows.header()) : null;
      StoredImportJob current = job;
      while (true) {
        List<ImportRow> batch = batches.next(options.batchSize());
        if (batch.isEmpty()) {
          ImportStatus end =
              current.counts().failed() > 0
                  ? ImportStatus.COMPLETED_WITH_ERRORS
                  : ImportStatus.COMPLETED;
          StoredImportJob ended = finish(writer, current, worker, end, null);
          listener.progress(Jobs.view(ended));
          return ended;
        }
        Optional<StoredImportJob> after;
        try {
          after = commit(writer, current, worker, planner, batch, header);
        } catch (CancelSeen cancelled) {
          StoredImportJob ended = finish(writer, current, worker, ImportStatus.CANCELLED, null);
          listener.progress(Jobs.view(ended));
          return ended;
        }
        if (after.isEmpty()) {
          LOG.info("import {}: another instance holds the job now; this one stops", id);
          return stored(writer, id);
        }
        current = after.get();
        header = null;
        listener.progress(Jobs.view(current));
      }
    } catch (IOException e) {
      throw new StorageException("import " + id + "'s stored source could not be read", e);
    }
  }

  /** One batch in one transaction; a batch one row spoils is done again a row at a time. */
  private Optional<StoredImportJob> commit(
      Caller writer,
      StoredImportJob job,
      String worker,
      BatchPlanner planner,
      List<ImportRow> batch,
      @Nullable String header) {
    try {
      return retrying(() -> Optional.of(batch(writer, job, worker, planner, batch, header)));
    } catch (ClaimLost e) {
      return Optional.empty();
    } catch (StorageException e) {
      throw e;
    } catch (CustomersException e) {
      // A row the services refuse as a whole (an email another writer took at the same moment, a
      // person shared with another roster whose details only they may change): each row again
      // on its own, so only the row that is refused fails, and a resumed job is not stuck on it.
      LOG.info(
          "import {}: a batch failed as a whole ({}); importing it row by row",
          job.id(),
          e.getMessage());
      StoredImportJob current = job;
      String columns = header;
      for (ImportRow row : batch) {
        StoredImportJob before = current;
        String h = columns;
        try {
          current = retrying(() -> batch(writer, before, worker, planner, List.of(row), h));
        } catch (ClaimLost lost) {
          return Optional.empty();
        } catch (StorageException storage) {
          throw storage;
        } catch (CustomersException rowError) {
          RowFailure failure =
              new RowFailure(row.line(), null, null, String.valueOf(rowError.getMessage()));
          try {
            current =
                retrying(
                    () -> batch(writer, before, worker, planner, List.of(row.failing(failure)), h));
          } catch (ClaimLost lost) {
            return Optional.empty();
          }
        }
        columns = null;
      }
      return Optional.of(current);
    }
  }

  private StoredImportJob batch(
      Caller writer,
      StoredImportJob job,
      String worker,
      BatchPlanner planner,
      List<ImportRow> rows,
      @Nullable String header) {
    return transactions.write(
        writer,
        work -> {
          StoredImportJob stored =
              work.session()
                  .imports()
                  .job(work.organization().id(), job.id())
                  .orElseThrow(ClaimLost::new);
          if (stored.status() != ImportStatus.RUNNING || !worker.equals(stored.claimedBy())) {
            throw new ClaimLost();
          }
          if (stored.cancelRequested()) {
            throw new CancelSeen();
          }
          List<Decision> decisions =
              planner.plan(work.session(), work.organization().id(), work.today(), rows);
          ImportCounts counts = BatchWriter.write(work, decisions);
          failed(work, job.id(), decisions);
          return work.session()
              .imports()
              .progress(
                  work.organization().id(),
                  job.id(),
                  worker,
                  job.counts().plus(counts),
                  header,
                  work.now().plus(settings.claimTimeout()),
                  work.now())
              .orElseThrow(ClaimLost::new);
        });
  }

  private static void failed(Work work, ImportJobId job, List<Decision> decisions) {
    List<StoredFailedRow> rows = new ArrayList<>();
    for (Decision decision : decisions) {
      if (decision.outcome() == Decision.Outcome.FAIL) {
        rows.add(
            new StoredFailedRow(
                decision.row().line(),
                ImportCodec.failedRow(decision.row().cells(), decision.failures())));
      }
    }
    if (!rows.isEmpty()) {
      work.session().imports().addFailedRows(work.organization().id(), job, rows);
    }
  }

  private <T> T retrying(java.util.function.Supplier<T> body) {
    for (int attempt = 1; ; attempt++) {
      try {
        return body.get();
      } catch (StorageException e) {
        if (attempt > STORAGE_RETRIES) {
          throw e;
        }
        LOG.warn("import batch failed in the storage (attempt {}): {}", attempt, e.getMessage());
        try {
          Thread.sleep(200L * attempt);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private StoredImportJob finish(
      Caller writer,
      StoredImportJob job,
      String worker,
      ImportStatus status,
      @Nullable String problem) {
    return retrying(
        () ->
            transactions.write(
                writer,
                work ->
                    work.session()
                        .imports()
                        .finish(
                            work.organization().id(), job.id(), worker, status, problem, work.now())
                        .orElseGet(() -> stored(work, job.id()))));
  }

  private StoredImportJob stored(Caller caller, ImportJobId id) {
    return transactions.read(
        caller,
        (org, session, p) ->
            session
                .imports()
                .job(org.id(), id)
                .orElseThrow(() -> new IllegalStateException(id.toString())));
  }

  private static StoredImportJob stored(Work work, ImportJobId id) {
    return work.session()
        .imports()
        .job(work.organization().id(), id)
        .orElseThrow(() -> new IllegalStateException("import " + id + " vanished"));
  }
}
