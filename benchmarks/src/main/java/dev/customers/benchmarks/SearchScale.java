package dev.customers.benchmarks;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.Customers;
import dev.customers.api.OrganizationId;
import dev.customers.api.StaffRole;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.fields.FieldValues;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.spi.SearchFields;
import dev.customers.core.CustomersSdk;
import dev.customers.core.internal.UuidV7Source;
import dev.customers.jdbc.JdbcStorageModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Search at scale: p50 and p99 per query class through the SDK, each beside anchors measured in the
 * same run, interleaved, first round discarded. On a database the anchors are the best hand-written
 * ranked SQL on the same schema and the unordered trigram lookup with {@code LIMIT 20} (the floor);
 * in memory, a ranked scan over the same customers. Also the load time, and in memory the heap
 * after GC. Writes a markdown table.
 *
 * <p>Arguments: storage ({@code memory}, {@code postgres}, {@code mariadb} or {@code h2}), roster
 * sizes (comma-separated, default {@code 100000,1000000}), rounds (default 6), queries per class
 * and round (default 40), output file (default {@code target/search-scale-<storage>.md}).
 */
public final class SearchScale {
  private static final int LIMIT = SearchQuery.DEFAULT_LIMIT;

  private SearchScale() {}

  /** One way of answering a query: the SDK or an anchor. */
  private interface Target {
    void search(String text) throws Exception;
  }

  /** Runs the benchmark and writes its table. */
  public static void main(String[] args) throws Exception {
    String storage = args.length > 0 ? args[0] : "memory";
    String sizes = args.length > 1 ? args[1] : "100000,1000000";
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 6;
    int perClass = args.length > 3 ? Integer.parseInt(args[3]) : 40;
    Path out = Path.of(args.length > 4 ? args[4] : "target/search-scale-" + storage + ".md");
    List<String> lines = new ArrayList<>();
    for (String size : java.util.regex.Pattern.compile(",").splitAsStream(sizes).toList()) {
      int count = Integer.parseInt(size.trim());
      lines.addAll(
          storage.equals("memory")
              ? memory(count, rounds, perClass)
              : database(storage, count, rounds, perClass));
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(
        out,
        String.join("\n", lines) + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING);
    System.out.println(String.join("\n", lines));
    System.out.println("written to " + out.toAbsolutePath());
  }

  private static List<RosterData.Row> rows(int count) {
    Random random = new Random(42);
    List<RosterData.Row> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rows.add(RosterData.row(random, i));
    }
    return rows;
  }

  private static List<String> memory(int count, int rounds, int perClass) throws Exception {
    long before = usedHeapAfterGc();
    Customers sdk = CustomersSdk.inMemory();
    Organization org = sdk.organizations().create("Benchmark Studio", ZoneOffset.UTC);
    Caller owner = Caller.of(org.id(), Actor.staff("owner", StaffRole.OWNER));
    Caller staff = Caller.of(org.id(), Actor.staff("bench", StaffRole.STAFF));
    // The rows the queries are drawn from are made after the heap is measured, so every string
    // the roster holds counts and nothing of the benchmark's own does.
    List<CustomerDetails> details = new ArrayList<>(count);
    for (RosterData.Row row : rows(count)) {
      details.add(row.details());
    }
    long start = System.nanoTime();
    List<CustomerId> ids = sdk.roster().addAll(staff, details);
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    details = null;
    addLockers(sdk, owner, staff, ids);
    ids = null;
    long heap = usedHeapAfterGc() - before;
    List<RosterData.Row> rows = rows(count);
    List<SearchFields> fields = new ArrayList<>(count);
    for (RosterData.Row row : rows) {
      fields.add(SearchFields.of(person(row)));
    }
    MemoryScanAnchor scan = new MemoryScanAnchor(fields);
    Map<String, Target> targets = new LinkedHashMap<>();
    targets.put("sdk", text -> sdk.roster().search(staff, SearchQuery.of(text)));
    targets.put("scan", text -> scan.search(text, LIMIT + 1));
    List<String> lines =
        header(
            String.format(
                Locale.ROOT,
                "In memory, %,d customers: bulk load (addAll) %.1f s, heap after GC %,d MB"
                    + " (%,d bytes per customer)",
                count,
                loadSeconds,
                heap / 1_000_000,
                heap / count),
            "ranked scan");
    lines.addAll(measure(SearchClasses.of(rows, perClass), targets, rounds));
    sdk.close();
    return lines;
  }

  private static List<String> database(String kind, int count, int rounds, int perClass)
      throws Exception {
    String reused = System.getProperty("bench.schema");
    BenchDatabase database =
        reused == null ? BenchDatabase.open(kind) : BenchDatabase.existingPostgres(reused);
    try (Customers sdk =
            CustomersSdk.builder()
                .storage(JdbcStorageModule.forSettings(database.settings(4)))
                .build();
        SqlAnchors anchors = new SqlAnchors(database)) {
      OrganizationId org;
      double loadSeconds = 0;
      if (reused == null) {
        org = sdk.organizations().create("Benchmark Studio", ZoneOffset.UTC).id();
        Caller owner = Caller.of(org, Actor.staff("owner", StaffRole.OWNER));
        long start = System.nanoTime();
        List<CustomerId> ids =
            RosterData.load(anchors.pool(), org, count, new UuidV7Source(Clock.systemUTC()));
        loadSeconds = (System.nanoTime() - start) / 1e9;
        addLockers(sdk, owner, Caller.of(org, Actor.staff("bench", StaffRole.STAFF)), ids);
        anchors.analyze();
      } else {
        org = anchors.organization();
      }
      Caller staff = Caller.of(org, Actor.staff("bench", StaffRole.STAFF));
      Map<String, Target> targets = new LinkedHashMap<>();
      targets.put("sdk", text -> sdk.roster().search(staff, SearchQuery.of(text)));
      targets.put("ranked", text -> anchors.ranked(org, text, LIMIT + 1));
      targets.put("floor", text -> anchors.floor(org, text, LIMIT));
      List<String> lines =
          header(
              String.format(
                  Locale.ROOT,
                  "%s, %,d customers (loaded by JDBC batches in %.1f s)",
                  kind,
                  count,
                  loadSeconds),
              "best hand-written ranked SQL",
              "unordered trigram LIMIT 20 (floor)");
      lines.addAll(measure(SearchClasses.of(rows(count), perClass), targets, rounds));
      return lines;
    } finally {
      database.drop().run();
    }
  }

  /** A text field, and a value in it for every hundredth customer: the field-value class. */
  private static void addLockers(Customers sdk, Caller owner, Caller staff, List<CustomerId> ids) {
    sdk.fields().define(owner, FieldSpec.of("locker", "Locker", FieldType.TEXT));
    for (int i = 0; i < ids.size(); i += SearchClasses.LOCKER_EVERY) {
      sdk.fields().setValues(staff, ids.get(i), FieldValues.of("locker", SearchClasses.locker(i)));
    }
  }

  /** Any id will do: the scan anchor keeps only the person's search fields. */
  private static final dev.customers.api.PersonId ANCHOR_PERSON =
      dev.customers.api.PersonId.of(
          java.util.UUID.fromString("00000000-0000-7000-8000-000000000000"));

  private static dev.customers.api.roster.Person person(RosterData.Row row) {
    java.time.Instant now = java.time.Instant.EPOCH;
    return new dev.customers.api.roster.Person(
        ANCHOR_PERSON,
        row.first(),
        row.last(),
        dev.customers.api.roster.EmailAddress.of(row.email()),
        row.username(),
        row.phone(),
        row.birthday(),
        now,
        now,
        1);
  }

  private static List<String> header(String title, String... anchors) {
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add("#### " + title);
    lines.add("");
    StringBuilder head = new StringBuilder("| query class | SDK p50 / p99 ms |");
    StringBuilder rule = new StringBuilder("|---|---|");
    for (String anchor : anchors) {
      head.append(" ").append(anchor).append(" p50 / p99 ms |");
      rule.append("---|");
    }
    head.append(" SDK p50 / ").append(anchors[0]).append(" p50 |");
    rule.append("---|");
    lines.add(head.toString());
    lines.add(rule.toString());
    return lines;
  }

  private static List<String> measure(
      Map<String, List<String>> classes, Map<String, Target> targets, int rounds) throws Exception {
    List<String> names = new ArrayList<>(targets.keySet());
    Map<String, Map<String, List<Double>>> times = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, List<String>> queryClass : classes.entrySet()) {
        Map<String, List<Double>> byTarget =
            times.computeIfAbsent(queryClass.getKey(), k -> new LinkedHashMap<>());
        int turn = 0;
        for (String text : queryClass.getValue()) {
          // Whoever goes first rotates, so caches warmed by one favour each in turn.
          for (int k = 0; k < names.size(); k++) {
            String name = names.get((k + turn) % names.size());
            long start = System.nanoTime();
            java.util.Objects.requireNonNull(targets.get(name)).search(text);
            double millis = (System.nanoTime() - start) / 1e6;
            if (round > 0) {
              byTarget.computeIfAbsent(name, n -> new ArrayList<>()).add(millis);
            }
          }
          turn++;
        }
      }
      System.out.println("round " + round + (round == 0 ? " (warm-up, discarded)" : "") + " done");
    }
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<Double>>> queryClass : times.entrySet()) {
      StringBuilder line = new StringBuilder("| ").append(queryClass.getKey()).append(" |");
      for (String name : names) {
        List<Double> samples = java.util.Objects.requireNonNull(queryClass.getValue().get(name));
        line.append(
            String.format(
                Locale.ROOT,
                " %.2f / %.2f |",
                percentile(samples, 0.50),
                percentile(samples, 0.99)));
      }
      line.append(
          String.format(
              Locale.ROOT,
              " %.2f |",
              percentile(
                      java.util.Objects.requireNonNull(queryClass.getValue().get(names.get(0))),
                      0.50)
                  / percentile(
                      java.util.Objects.requireNonNull(queryClass.getValue().get(names.get(1))),
                      0.50)));
      lines.add(line.toString());
    }
    return lines;
  }

  private static double percentile(List<Double> samples, double p) {
    List<Double> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    int index = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  /** The heap in use after full collections (a few: one may leave what the next one frees). */
  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
