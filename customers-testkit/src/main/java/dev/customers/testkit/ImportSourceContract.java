package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.ValidationException;
import dev.customers.api.export.ExportRequest;
import dev.customers.api.export.RosterColumn;
import dev.customers.api.fields.FieldValue;
import dev.customers.api.imports.ImportCounts;
import dev.customers.api.imports.ImportJob;
import dev.customers.api.imports.ImportMapping;
import dev.customers.api.imports.ImportOptions;
import dev.customers.api.imports.ImportSource;
import dev.customers.api.imports.ImportTarget;
import dev.customers.api.imports.RowFailure;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.tags.Tag;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What an import reads, over the storage the subclass supplies in {@link #storageUnderTest()}: JSON
 * Lines and records through the same pipeline as CSV, a BOM and semicolons, bytes that are not
 * UTF-8, a cell over the limit and a quote never closed each failing only their row, and an export
 * imported into another organization giving back the same roster.
 */
public abstract class ImportSourceContract extends ImportContractSupport {
  private static final ImportMapping SMALL =
      ImportMapping.of()
          .with("first", ImportTarget.detail(RosterColumn.FIRST_NAME))
          .with("last", ImportTarget.detail(RosterColumn.LAST_NAME))
          .with("email", ImportTarget.detail(RosterColumn.EMAIL))
          .with("level", ImportTarget.field("level"));

  private static ImportSource bytes(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return ImportSource.csv(new ByteArrayInputStream(out.toByteArray()));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void jsonLines_andRecords_goThroughTheSamePipelineAsCsv() {
    String lines =
        """
        {"first":"Ada","last":"Lovelace","email":"ada@example.com","level":"advanced"}

        {"first":"Bea","last":null,"email":"bea@example.com","extra":"not imported"}
        {"first":"Cy","email":"cy@example.com","level":["advanced"]}
        not json
        {"first":"Di","email":"di@example.com","level":"expert"}
        """;
    ImportJob fromLines =
        importNow(
            ImportSource.jsonLines(new ByteArrayInputStream(utf8(lines))), ImportOptions.of(SMALL));

    assertThat(fromLines.counts()).isEqualTo(new ImportCounts(5, 2, 0, 0, 3));
    assertThat(failures(fromLines))
        .extracting(RowFailure::line, RowFailure::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(4L, "level"),
            org.assertj.core.groups.Tuple.tuple(5L, null),
            org.assertj.core.groups.Tuple.tuple(6L, "level"));
    assertThat(fromLines.sourceKind()).isEqualTo("jsonLines");

    Map<String, @Nullable String> eve = new HashMap<>();
    eve.put("first", "Eve");
    eve.put("last", null);
    eve.put("email", "EVE@example.com");
    ImportJob fromRecords =
        importNow(
            ImportSource.records(
                List.of(
                    eve, Map.of("first", "Ada", "email", "ada@example.com", "level", "beginner"))),
            ImportOptions.of(SMALL));
    assertThat(fromRecords.counts()).isEqualTo(new ImportCounts(2, 1, 1, 0, 0));
    RosterEntry ada = get(rosterByEmail(), "ada@example.com");
    assertThat(fields().values(sdk().admin(), ada.id()))
        .extracting(FieldValue::values)
        .containsExactly(List.of("beginner"));
    assertThat(rosterByEmail()).containsKey("eve@example.com");
  }

  @Test
  void aBom_andSemicolons_areFound_andATabDelimiterCanBeGiven() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    ImportJob semicolons =
        importNow(
            bytes(bom, utf8("first;last;email;level\r\nAda;\"Love;lace\";ada@example.com;\r\n")),
            ImportOptions.of(SMALL));
    assertThat(semicolons.counts()).isEqualTo(new ImportCounts(1, 1, 0, 0, 0));
    assertThat(get(rosterByEmail(), "ada@example.com").person().lastName()).isEqualTo("Love;lace");

    ImportJob tabs =
        importNow(
            ImportSource.csv(
                new ByteArrayInputStream(
                    utf8("first\tlast\temail\tlevel\nBea\tB, C\tbea@example.com\t\n")),
                '\t'),
            ImportOptions.of(SMALL));
    assertThat(tabs.counts()).isEqualTo(new ImportCounts(1, 1, 0, 0, 0));
    assertThat(get(rosterByEmail(), "bea@example.com").person().lastName()).isEqualTo("B, C");
  }

  @Test
  void badBytes_aHugeCell_andAQuoteNeverClosed_failOnlyTheirRow() {
    byte[] notUtf8 = {'Z', 'o', (byte) 0xC3, (byte) 0x28, 'e'};
    String huge = "x".repeat(20_000);
    ImportJob job =
        importNow(
            bytes(
                utf8("first,last,email,level\n"),
                utf8("Ada,Lovelace,ada@example.com,\n"),
                notUtf8,
                utf8(",Broken,zoe@example.com,\n"),
                utf8("Huge," + huge + ",huge@example.com,\n"),
                utf8("Bea,\"Ok\",bea@example.com,\n"),
                utf8("Cy,\"never closed,cy@example.com,\nDi,Last,di@example.com,\n")),
            ImportOptions.of(SMALL));

    assertThat(job.counts()).isEqualTo(new ImportCounts(5, 2, 0, 0, 3));
    List<RowFailure> failures = failures(job);
    assertThat(failures)
        .extracting(RowFailure::line, RowFailure::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "first"),
            org.assertj.core.groups.Tuple.tuple(4L, "last"),
            org.assertj.core.groups.Tuple.tuple(6L, null));
    assertThat(failures.get(0).reason()).contains("not valid UTF-8");
    assertThat(failures.get(0).value()).isEqualTo("Zo?(e");
    assertThat(failures.get(1).reason()).contains("longer than");
    assertThat(failures.get(1).value()).hasSizeLessThan(100);
    assertThat(failures.get(2).reason()).contains("never closed");
    assertThat(rosterByEmail()).containsOnlyKeys("ada@example.com", "bea@example.com");
  }

  @Test
  void aFileWithoutAHeader_orNotCsv_isRefusedWhenSubmitted() {
    assertThatThrownBy(
            () -> imports().submit(sdk().admin(), bytes(new byte[0]), ImportOptions.of(SMALL)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(
            () ->
                imports()
                    .submit(
                        sdk().admin(), bytes(utf8("first,first,email\n")), ImportOptions.of(SMALL)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("twice");
  }

  @Test
  void anExport_importedIntoAnotherOrganization_givesBackTheSameRoster() throws IOException {
    sdk().sdk().tags().create(sdk().admin(), "vip", "#ff0000");
    importNow(csv(CSV), ImportOptions.of(MAPPING));
    sdk()
        .roster()
        .add(
            sdk().admin(),
            new CustomerDetails(
                "=cmd|' /C calc'!A0",
                "+plus",
                "-minus@example.com",
                "user_1",
                "+44 20 7946 0958",
                LocalDate.of(1990, 1, 2)));
    StringWriter export = new StringWriter();
    sdk().sdk().export().exportRoster(sdk().admin(), ExportRequest.csv(), export);
    assertThat(export.toString()).contains("'=cmd").doesNotContain(",=cmd");

    var other = sdk().newOrganization("Second studio");
    var admin = Fixtures.admin(other.id());
    fields()
        .define(
            admin,
            dev.customers.api.fields.FieldSpec.of(
                    "level", "Level", dev.customers.api.fields.FieldType.SINGLE_CHOICE)
                .withChoices(List.of("beginner", "advanced")));
    List<String> header = List.of(export.toString().lines().findFirst().orElseThrow().split(","));
    ImportMapping suggested = imports().suggestMapping(admin, header);
    ImportOptions options =
        ImportOptions.of(suggested).withMatchBy(dev.customers.api.imports.MatchBy.EXTERNAL_ID);
    ImportJob job =
        imports()
            .run(
                admin,
                imports()
                    .submit(
                        admin,
                        ImportSource.csv(new ByteArrayInputStream(utf8(export.toString()))),
                        options)
                    .id(),
                j -> {});

    assertThat(job.counts().failed()).isZero();
    assertThat(job.counts().created()).isEqualTo(GOOD + 1);
    StringWriter again = new StringWriter();
    sdk().sdk().export().exportRoster(admin, ExportRequest.csv(), again);
    assertThat(withoutIds(again.toString())).isEqualTo(withoutIds(export.toString()));
    assertThat(sdk().sdk().tags().list(admin)).extracting(Tag::name).contains("vip", "climbing");
  }

  /** The export without its id and joined-on columns, which a new roster gives anew. */
  private static List<String> withoutIds(String csv) {
    return csv.lines()
        .map(line -> line.substring(line.indexOf(',') + 1))
        .map(line -> line.replaceAll(",2026-03-02,", ",JOINED,"))
        .sorted()
        .toList();
  }
}
