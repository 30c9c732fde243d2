package dev.customers.core.imports;

import static java.util.Objects.requireNonNull;

import dev.customers.api.Caller;
import dev.customers.api.FieldError;
import dev.customers.api.ImportJobId;
import dev.customers.api.InvalidStateException;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.StaffRole;
import dev.customers.api.ValidationException;
import dev.customers.api.imports.ImportCounts;
import dev.customers.api.imports.ImportJob;
import dev.customers.api.imports.ImportListener;
import dev.customers.api.imports.ImportMapping;
import dev.customers.api.imports.ImportOptions;
import dev.customers.api.imports.ImportReport;
import dev.customers.api.imports.ImportService;
import dev.customers.api.imports.ImportSettings;
import dev.customers.api.imports.ImportSource;
import dev.customers.api.imports.ImportStatus;
import dev.customers.api.imports.MatchBy;
import dev.customers.api.imports.RowFailure;
import dev.customers.api.spi.ImportStore;
import dev.customers.api.spi.StoredFailedRow;
import dev.customers.api.spi.StoredImportJob;
import dev.customers.core.internal.ConsentReads;
import dev.customers.core.internal.Texts;
import dev.customers.core.internal.Transactions;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports as stored jobs: the source is stored in chunks with a queued job, and a run claims the
 * job through the store and imports it in batches ({@link JobRunner}). Dry runs read the source
 * through the same reader and planner and write nothing.
 */
final class DefaultImportService implements ImportService {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultImportService.class);

  private final Transactions transactions;
  private final ImportSettings settings;
  private final JobRunner runner;
  // Names this instance's claims: a claim by another instance (or an earlier run here) differs.
  private final String instance;
  private final AtomicLong runs = new AtomicLong();

  @Inject
  DefaultImportService(Transactions transactions, ImportSettings settings) {
    this.transactions = transactions;
    this.settings = settings;
    this.runner = new JobRunner(transactions, settings);
    this.instance = transactions.newId().toString();
  }

  @Override
  public ImportMapping suggestMapping(Caller caller, List<String> headers) {
    List<String> given =
        List.copyOf(dev.customers.core.internal.Arguments.noNulls(headers, "headers"));
    return transactions.read(
        caller,
        (org, session, permissions) -> {
          permissions.requireStaff(StaffRole.ADMIN, "import customers");
          return MappingSuggester.suggest(
              given,
              session.fields().definitions(org.id()),
              ConsentReads.purposes(session, org.id()));
        });
  }

  @Override
  public void saveMapping(Caller caller, String name, ImportMapping mapping) {
    requireNonNull(mapping, "mapping");
    List<FieldError> errors = new ArrayList<>();
    String checked = Texts.line("name", name, 1, ResolvedMapping.MAX_NAME, errors);
    Texts.check(errors);
    transactions.run(
        caller,
        work -> {
          work.permissions().requireStaff(StaffRole.ADMIN, "save import mappings");
          ImportOptions options =
              new ImportOptions(
                  mapping,
                  dev.customers.api.imports.MatchMode.UPDATE_ONLY,
                  MatchBy.EMAIL,
                  ImportOptions.DEFAULT_BATCH);
          checkTargets(work.session(), work.organization().id(), options);
          work.session()
              .imports()
              .saveMapping(
                  work.organization().id(), checked, ImportCodec.mapping(mapping), work.now());
        });
  }

  @Override
  public Optional<ImportMapping> savedMapping(Caller caller, String name) {
    requireNonNull(name, "name");
    return transactions.read(
        caller,
        (org, session, permissions) -> {
          permissions.requireStaff(StaffRole.ADMIN, "read import mappings");
          return session.imports().mapping(org.id(), name.strip()).map(ImportCodec::mapping);
        });
  }

  @Override
  public List<String> savedMappings(Caller caller) {
    return transactions.read(
        caller,
        (org, session, permissions) -> {
          permissions.requireStaff(StaffRole.ADMIN, "read import mappings");
          return session.imports().mappingNames(org.id());
        });
  }

  @Override
  public ImportReport dryRun(Caller caller, ImportSource source, ImportOptions options)
      throws IOException {
    requireNonNull(source, "source");
    requireNonNull(options, "options");
    List<dev.customers.api.fields.FieldDefinition> fields = checkedFields(caller, options);
    SourceRows rows;
    ResolvedMapping mapping;
    InputStream in = Sources.bytes(source);
    try {
      rows =
          Sources.open(Sources.storedKind(source), in, options.mapping(), settings.maxCellLength());
      mapping = ResolvedMapping.place(options.mapping(), rows.header(), fields);
    } catch (SourceException e) {
      throw ValidationException.of("source", null, String.valueOf(e.getMessage()));
    }
    RowBatches batches = new RowBatches(rows, mapping, options.matchBy() == MatchBy.EMAIL);
    BatchPlanner planner = new BatchPlanner(mapping, options, caller.actor());
    ImportCounts counts = ImportCounts.NONE;
    List<RowFailure> failures = new ArrayList<>();
    while (true) {
      List<ImportRow> batch = batches.next(options.batchSize());
      if (batch.isEmpty()) {
        return new ImportReport(counts, failures);
      }
      List<Decision> decisions =
          transactions.read(
              caller,
              (org, session, permissions) ->
                  planner.plan(
                      session,
                      org.id(),
                      LocalDate.ofInstant(transactions.now(), org.timeZone()),
                      batch));
      long created = 0;
      long updated = 0;
      long unchanged = 0;
      long failed = 0;
      for (Decision decision : decisions) {
        switch (decision.outcome()) {
          case CREATE -> created++;
          case UPDATE -> updated++;
          case UNCHANGED -> unchanged++;
          case FAIL -> {
            failed++;
            for (RowFailure failure : decision.failures()) {
              if (failures.size() < ImportReport.MAX_LISTED) {
                failures.add(failure);
              }
            }
          }
        }
      }
      counts = counts.plus(new ImportCounts(decisions.size(), created, updated, unchanged, failed));
    }
  }

  @Override
  public ImportJob submit(Caller caller, ImportSource source, ImportOptions options)
      throws IOException {
    requireNonNull(source, "source");
    requireNonNull(options, "options");
    List<dev.customers.api.fields.FieldDefinition> fields = checkedFields(caller, options);
    String kind = Sources.storedKind(source);
    ImportJobId id = ImportJobId.of(transactions.newId());
    int chunks = 0;
    long total = 0;
    try (InputStream in = Sources.bytes(source)) {
      while (true) {
        byte[] chunk = in.readNBytes(ImportStore.CHUNK_BYTES);
        if (chunk.length == 0) {
          break;
        }
        total += chunk.length;
        if (total > settings.maxSourceBytes()) {
          dropSource(caller, id);
          throw ValidationException.of(
              "source",
              null,
              "is larger than the " + settings.maxSourceBytes() + " bytes an import takes");
        }
        if (chunks == 0) {
          checkHeader(caller, id, kind, chunk, options, fields);
        }
        int index = chunks++;
        transactions.run(
            caller,
            work ->
                work.session()
                    .imports()
                    .putSourceChunk(work.organization().id(), id, index, chunk));
      }
    } catch (IOException | RuntimeException e) {
      if (!(e instanceof ValidationException)) {
        dropSource(caller, id);
      }
      throw e;
    }
    int stored = chunks;
    if (stored == 0 && kind.startsWith(Sources.CSV)) {
      throw ValidationException.of("source", null, "is empty: a CSV file needs a header row");
    }
    StoredImportJob job;
    try {
      job =
          transactions.write(
              caller,
              work -> {
                work.permissions().requireStaff(StaffRole.ADMIN, "import customers");
                StoredImportJob queued =
                    new StoredImportJob(
                        id,
                        work.organization().id(),
                        ImportStatus.QUEUED,
                        ImportCodec.options(options),
                        kind,
                        stored,
                        ImportCodec.actor(caller.actor()),
                        null,
                        ImportCounts.NONE,
                        null,
                        null,
                        false,
                        null,
                        work.now(),
                        work.now());
                work.session().imports().insertJob(queued);
                return queued;
              });
    } catch (RuntimeException e) {
      // The job was not stored: its stored source goes too, so nothing is left half-written.
      try {
        dropSource(caller, id);
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    return Jobs.view(job);
  }

  /** The organization's fields, once the caller is known to be an admin and the options fit. */
  private List<dev.customers.api.fields.FieldDefinition> checkedFields(
      Caller caller, ImportOptions options) {
    return transactions.read(
        caller,
        (org, session, permissions) -> {
          permissions.requireStaff(StaffRole.ADMIN, "import customers");
          checkTargets(session, org.id(), options);
          return session.fields().definitions(org.id());
        });
  }

  private void checkHeader(
      Caller caller,
      ImportJobId id,
      String kind,
      byte[] first,
      ImportOptions options,
      List<dev.customers.api.fields.FieldDefinition> fields)
      throws IOException {
    if (!kind.startsWith(Sources.CSV)) {
      return;
    }
    try {
      SourceRows rows =
          Sources.open(
              kind,
              new java.io.ByteArrayInputStream(first),
              options.mapping(),
              settings.maxCellLength());
      ResolvedMapping.place(options.mapping(), rows.header(), fields);
    } catch (SourceException e) {
      dropSource(caller, id);
      throw ValidationException.of("source", null, String.valueOf(e.getMessage()));
    }
  }

  private void dropSource(Caller caller, ImportJobId id) {
    transactions.run(
        caller, work -> work.session().imports().dropSource(work.organization().id(), id));
  }

  @Override
  public ImportJob run(Caller caller, ImportJobId id, ImportListener listener) {
    requireNonNull(id, "id");
    requireNonNull(listener, "listener");
    String worker = instance + "/" + runs.incrementAndGet();
    StoredImportJob claimed =
        transactions.write(
            caller,
            work -> {
              work.permissions().requireStaff(StaffRole.ADMIN, "run imports");
              StoredImportJob job =
                  Jobs.find(work.session().imports(), work.organization().id(), id);
              return work.session()
                  .imports()
                  .claim(
                      work.organization().id(),
                      id,
                      worker,
                      work.now(),
                      work.now().plus(settings.claimTimeout()))
                  .orElseThrow(() -> Jobs.notClaimable(job, work.now()));
            });
    return Jobs.view(runner.run(claimed, worker, listener));
  }

  @Override
  public void start(Caller caller, ImportJobId id, Executor executor, ImportListener listener) {
    requireNonNull(caller, "caller");
    requireNonNull(id, "id");
    requireNonNull(executor, "executor");
    requireNonNull(listener, "listener");
    executor.execute(
        () -> {
          try {
            run(caller, id, listener);
          } catch (RuntimeException e) {
            // The task has no caller to throw to: the failure is logged, and the job, still
            // running in the store, resumes when run again.
            LOG.error("import {} stopped: {}", id, e.getMessage(), e);
          }
        });
  }

  @Override
  public ImportJob job(Caller caller, ImportJobId id) {
    requireNonNull(id, "id");
    return transactions.read(
        caller,
        (org, session, permissions) -> {
          permissions.requireStaff(StaffRole.ADMIN, "read imports");
          return Jobs.view(Jobs.find(session.imports(), org.id(), id));
        });
  }

  @Override
  public Page<ImportJob> jobs(Caller caller, PageRequest page) {
    requireNonNull(page, "page");
    ImportJobId before = page.cursor() == null ? null : ImportJobId.parse(page.cursor());
    return transactions.read(
        caller,
        (org, session, permissions) -> {
          permissions.requireStaff(StaffRole.ADMIN, "read imports");
          List<StoredImportJob> jobs = session.imports().jobs(org.id(), before, page.limit() + 1);
          List<ImportJob> items = jobs.stream().limit(page.limit()).map(Jobs::view).toList();
          return jobs.size() > page.limit()
              ? new Page<>(items, items.get(items.size() - 1).id().toString())
              : Page.last(items);
        });
  }

  @Override
  public ImportJob cancel(Caller caller, ImportJobId id) {
    requireNonNull(id, "id");
    return transactions.write(
        caller,
        work -> {
          work.permissions().requireStaff(StaffRole.ADMIN, "cancel imports");
          StoredImportJob job = Jobs.find(work.session().imports(), work.organization().id(), id);
          return Jobs.view(
              work.session()
                  .imports()
                  .cancel(work.organization().id(), id, work.now())
                  .orElseThrow(
                      () ->
                          new InvalidStateException(
                              "import "
                                  + id
                                  + " has ended ("
                                  + job.status()
                                  + "); nothing to cancel")));
        });
  }

  @Override
  public Page<RowFailure> failures(Caller caller, ImportJobId id, PageRequest page) {
    requireNonNull(id, "id");
    requireNonNull(page, "page");
    long after = cursorLine(page.cursor());
    return transactions.read(
        caller,
        (org, session, permissions) -> {
          permissions.requireStaff(StaffRole.ADMIN, "read imports");
          Jobs.find(session.imports(), org.id(), id);
          List<StoredFailedRow> rows =
              session.imports().failedRows(org.id(), id, after, page.limit() + 1);
          List<RowFailure> items = new ArrayList<>();
          // A page holds whole rows (a row has one failure or more), up to the limit in rows.
          for (StoredFailedRow row : rows.subList(0, Math.min(rows.size(), page.limit()))) {
            items.addAll(ImportCodec.failedRow(row.line(), row.row()).failures());
          }
          boolean more = rows.size() > page.limit();
          long next =
              rows.isEmpty() ? after : rows.get(Math.min(rows.size(), page.limit()) - 1).line();
          return more ? new Page<>(items, Long.toString(next)) : Page.last(items);
        });
  }

  private static long cursorLine(@Nullable String cursor) {
    if (cursor == null) {
      return 0;
    }
    try {
      return Long.parseLong(cursor);
    } catch (NumberFormatException e) {
      throw ValidationException.of("cursor", cursor, "is not a cursor this listing gave");
    }
  }

  @Override
  public long writeFailedRows(Caller caller, ImportJobId id, Writer out) throws IOException {
    requireNonNull(id, "id");
    requireNonNull(out, "out");
    StoredImportJob job =
        transactions.read(
            caller,
            (org, session, permissions) -> {
              permissions.requireStaff(StaffRole.ADMIN, "read imports");
              return Jobs.find(session.imports(), org.id(), id);
            });
    List<String> header =
        job.header() == null
            ? ImportCodec.options(job.options()).mapping().columns().stream()
                .map(dev.customers.api.imports.ColumnMapping::column)
                .toList()
            : ImportCodec.strings(job.header());
    return FailedRowsCsv.write(transactions, caller, job, header, out);
  }

  private static void checkTargets(
      dev.customers.api.spi.StoreSession session,
      dev.customers.api.OrganizationId org,
      ImportOptions options) {
    ResolvedMapping.check(
        options, session.fields().definitions(org), ConsentReads.purposes(session, org));
  }
}
