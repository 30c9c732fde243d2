package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.Caller;
import dev.customers.api.export.RosterColumn;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.imports.ImportCounts;
import dev.customers.api.imports.ImportJob;
import dev.customers.api.imports.ImportMapping;
import dev.customers.api.imports.ImportOptions;
import dev.customers.api.imports.ImportReport;
import dev.customers.api.imports.ImportSource;
import dev.customers.api.imports.ImportTarget;
import dev.customers.api.imports.RowFailure;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.CustomerQuery;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Any mix of good rows and malformed CSV (broken quotes, wrong numbers of values, bytes that are
 * not UTF-8, binary junk, cells far over the limit, blank lines, a BOM, CRLF) imports without an
 * exception past the API and without holding a huge cell in memory; the counts always add up, the
 * roster grows by exactly the rows created, every failure names a line of the file, and a dry run
 * reports exactly what the real run then does.
 */
class CsvImportPropertyTest {
  private static final ImportMapping MAPPING =
      ImportMapping.of()
          .with("first", ImportTarget.detail(RosterColumn.FIRST_NAME))
          .with("last", ImportTarget.detail(RosterColumn.LAST_NAME))
          .with("email", ImportTarget.detail(RosterColumn.EMAIL))
          .with("level", ImportTarget.field("level"));

  private final AtomicInteger organizations = new AtomicInteger();
  private TestCustomers t;

  @BeforeProperty
  void start() {
    t = TestCustomers.inMemory();
  }

  @AfterProperty
  void stop() {
    t.close();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Provide
  Arbitrary<byte[]> rows() {
    Arbitrary<Integer> n = Arbitraries.integers().between(0, 40);
    Arbitrary<String> level = Arbitraries.of("", "beginner", "advanced", "expert");
    Arbitrary<byte[]> good =
        net.jqwik.api.Combinators.combine(n, level)
            .as((i, l) -> utf8("Name" + i + ",Last,u" + i + "@example.com," + l + "\n"));
    Arbitrary<byte[]> crlf = n.map(i -> utf8("Crlf" + i + ",Last,c" + i + "@example.com,\r\n"));
    Arbitrary<byte[]> quotedBreak =
        n.map(i -> utf8("\"Multi\nline\",\"a \"\"quote\"\"\",q" + i + "@example.com,\n"));
    Arbitrary<byte[]> brokenQuote =
        Arbitraries.of(
            utf8("Bro\"ken,Last,b@example.com,\n"),
            utf8("\"Open,Last,o@example.com,\n"),
            utf8("\"Closed\"junk,Last,j@example.com,\n"));
    Arbitrary<byte[]> wrongCount =
        Arbitraries.of(utf8("only,two\n"), utf8("a,b,c,d,e,f\n"), utf8("single\n"));
    Arbitrary<byte[]> notUtf8 =
        Arbitraries.of(
            new byte[] {(byte) 0xFF, 'x', ',', 'L', ',', 'z', '@', 'e', '.', 'c', 'o', ',', '\n'},
            new byte[] {'A', (byte) 0xC3, ',', 'L', ',', ',', '\n'},
            new byte[] {'B', ',', (byte) 0xE2, (byte) 0x82, ',', ',', '\n'});
    Arbitrary<byte[]> junk = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(60);
    Arbitrary<byte[]> huge =
        Arbitraries.of(20_000, 2_500_000)
            .map(size -> utf8("Huge," + "x".repeat(size) + ",h@example.com,\n"));
    Arbitrary<byte[]> blank = Arbitraries.of(utf8("\n"), utf8(",,,\n"), utf8("\r\n"));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, good),
        net.jqwik.api.Tuple.of(2, crlf),
        net.jqwik.api.Tuple.of(2, quotedBreak),
        net.jqwik.api.Tuple.of(2, brokenQuote),
        net.jqwik.api.Tuple.of(2, wrongCount),
        net.jqwik.api.Tuple.of(2, notUtf8),
        net.jqwik.api.Tuple.of(2, junk),
        net.jqwik.api.Tuple.of(1, huge),
        net.jqwik.api.Tuple.of(1, blank));
  }

  @Provide
  Arbitrary<List<byte[]>> files() {
    return rows().list().ofMaxSize(30);
  }

  @Property(tries = 200)
  void anyFile_importsWithCountsThatAddUp_andADryRunThatMatches(
      @ForAll("files") List<byte[]> rows, @ForAll boolean bom, @ForAll("batches") int batchSize)
      throws IOException {
    Organization org = t.newOrganization("Import " + organizations.incrementAndGet());
    Caller admin = Fixtures.admin(org.id());
    t.sdk()
        .fields()
        .define(
            admin,
            FieldSpec.of("level", "Level", FieldType.SINGLE_CHOICE)
                .withChoices(List.of("beginner", "advanced")));
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    if (bom) {
      file.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    file.writeBytes(utf8("first,last,email,level\n"));
    rows.forEach(file::writeBytes);
    byte[] bytes = file.toByteArray();
    ImportOptions options = ImportOptions.of(MAPPING).withBatchSize(batchSize);

    ImportReport dry =
        t.sdk().imports().dryRun(admin, ImportSource.csv(new ByteArrayInputStream(bytes)), options);
    ImportJob submitted =
        t.sdk().imports().submit(admin, ImportSource.csv(new ByteArrayInputStream(bytes)), options);
    ImportJob job = t.sdk().imports().run(admin, submitted.id(), j -> {});

    ImportCounts counts = job.counts();
    assertThat(counts.read())
        .isEqualTo(counts.created() + counts.updated() + counts.unchanged() + counts.failed());
    assertThat(dry.counts()).isEqualTo(counts);
    // Line breaks as a reader counts them: LF, CRLF, or a CR alone.
    long lines =
        new String(bytes, StandardCharsets.ISO_8859_1)
            .replace("\r\n", "\n")
            .chars()
            .filter(c -> c == '\n' || c == '\r')
            .count();
    List<RowFailure> failures = new ArrayList<>();
    var page = dev.customers.api.PageRequest.first(500);
    while (true) {
      var found = t.sdk().imports().failures(admin, job.id(), page);
      failures.addAll(found.items());
      if (found.nextCursor() == null) {
        break;
      }
      page = page.after(found.nextCursor());
    }
    assertThat(dry.failures()).isEqualTo(failures);
    assertThat(failures.stream().map(RowFailure::line).distinct().count())
        .isEqualTo(counts.failed());
    assertThat(failures).allSatisfy(f -> assertThat(f.line()).isBetween(2L, lines + 1));
    assertThat(failures)
        .allSatisfy(f -> assertThat(f.value() == null ? 0 : f.value().length()).isLessThan(20_000));
    long roster = t.roster().list(admin, CustomerQuery.active().withLimit(500)).items().size();
    assertThat(roster).isEqualTo(counts.created());
  }

  @Provide
  Arbitrary<Integer> batches() {
    return Arbitraries.of(1, 3, 500);
  }
}
