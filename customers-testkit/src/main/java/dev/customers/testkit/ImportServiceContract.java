package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.Caller;
import dev.customers.api.FieldError;
import dev.customers.api.PageRequest;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.StaffRole;
import dev.customers.api.ValidationException;
import dev.customers.api.consent.ConsentState;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.export.RosterColumn;
import dev.customers.api.fields.FieldValue;
import dev.customers.api.imports.ImportCounts;
import dev.customers.api.imports.ImportJob;
import dev.customers.api.imports.ImportMapping;
import dev.customers.api.imports.ImportOptions;
import dev.customers.api.imports.ImportReport;
import dev.customers.api.imports.ImportStatus;
import dev.customers.api.imports.ImportTarget;
import dev.customers.api.imports.MatchBy;
import dev.customers.api.imports.MatchMode;
import dev.customers.api.imports.RowFailure;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.tags.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Roster import end to end over the storage the subclass supplies in {@link #storageUnderTest()}:
 * good rows imported and bad ones reported by line and column with the counts adding up, a second
 * import of the same file changing nothing, dry runs, match modes, and failed rows written back,
 * fixed and imported again.
 */
public abstract class ImportServiceContract extends ImportContractSupport {
  @Test
  void csv_importsTheGoodRows_andReportsEachBadOneByLineColumnAndValue() {
    ImportJob job = importNow(csv(CSV), ImportOptions.of(MAPPING).withBatchSize(3));

    List<RowFailure> failures = failures(job);
    assertThat(failures)
        .extracting(RowFailure::line, RowFailure::column, RowFailure::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(7L, "E-mail", "not-an-email"),
            org.assertj.core.groups.Tuple.tuple(8L, "Birthday", "31.02.1939"),
            org.assertj.core.groups.Tuple.tuple(9L, "Level", "expert"),
            org.assertj.core.groups.Tuple.tuple(10L, "E-mail", "ada@example.com"),
            org.assertj.core.groups.Tuple.tuple(11L, null, null),
            org.assertj.core.groups.Tuple.tuple(12L, "Newsletter", "maybe"));
    assertThat(job.status()).isEqualTo(ImportStatus.COMPLETED_WITH_ERRORS);
    assertThat(job.counts()).isEqualTo(new ImportCounts(11, GOOD, 0, 0, 6));
    assertIdentity(job.counts());
    assertThat(failures.get(3).reason()).contains("repeats line 2");
    assertThat(failures.get(4).reason()).contains("has 3 values where the header has 8");

    Map<String, RosterEntry> roster = rosterByEmail();
    assertThat(roster)
        .containsOnlyKeys(
            "ada@example.com",
            "grace@example.com",
            "alan@example.com",
            "bob@example.com",
            "ken@example.com");
    RosterEntry ada = get(roster, "ada@example.com");
    assertThat(ada.person().birthday()).hasToString("1985-12-10");
    assertThat(get(roster, "grace@example.com").person().birthday()).hasToString("1906-12-09");
    assertThat(get(roster, "alan@example.com").person().lastName()).isEqualTo("Turing, A.");
    assertThat(get(roster, "bob@example.com").person().firstName()).isEqualTo("=Bob");
    assertThat(fields().values(sdk().admin(), ada.id()))
        .extracting(FieldValue::key, FieldValue::values)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("level", List.of("advanced")));
    assertThat(sdk().sdk().tags().tagsOf(sdk().admin(), ada.id()))
        .extracting(Tag::name)
        .containsExactlyInAnyOrder("vip", "climbing");
    assertThat(sdk().sdk().consent().current(sdk().admin(), ada.id()))
        .filteredOn(s -> s.purpose().key().equals("newsletter"))
        .extracting(ConsentState::status)
        .containsExactly(ConsentStatus.GRANTED);
  }

  @Test
  void sameFileAgain_createsNothing_andReportsEveryGoodRowUnchanged() {
    importNow(csv(CSV), ImportOptions.of(MAPPING));
    Map<String, RosterEntry> before = rosterByEmail();
    int events = sdk().events().events().size();

    ImportJob again = importNow(csv(CSV), ImportOptions.of(MAPPING).withBatchSize(4));

    assertThat(again.counts()).isEqualTo(new ImportCounts(11, 0, 0, GOOD, 6));
    assertThat(rosterByEmail()).isEqualTo(before);
    assertThat(sdk().events().events()).hasSize(events);
  }

  @Test
  void changedRows_updateOnlyWhatDiffers_andBlankCellsKeepTheValue() {
    importNow(csv(CSV), ImportOptions.of(MAPPING));
    String changed =
        """
        First Name,Last Name,E-mail,Birthday,Level,Tags,Newsletter,Notes
        Ada,King,ada@example.com,,,,,
        Grace,Hopper,grace@example.com,,advanced,new,yes,
        Ken,Thompson,ken@example.com,,,,,
        """;
    ImportJob job = importNow(csv(changed), ImportOptions.of(MAPPING));

    assertThat(job.counts()).isEqualTo(new ImportCounts(3, 0, 2, 1, 0));
    Map<String, RosterEntry> roster = rosterByEmail();
    RosterEntry ada = get(roster, "ada@example.com");
    assertThat(ada.person().lastName()).isEqualTo("King");
    assertThat(ada.person().birthday()).hasToString("1985-12-10");
    RosterEntry grace = get(roster, "grace@example.com");
    assertThat(fields().values(sdk().admin(), grace.id()))
        .extracting(FieldValue::values)
        .containsExactly(List.of("advanced"));
    assertThat(sdk().sdk().tags().tagsOf(sdk().admin(), grace.id()))
        .extracting(Tag::name)
        .containsExactly("new");
    assertThat(sdk().sdk().consent().current(sdk().admin(), grace.id()))
        .filteredOn(c -> c.purpose().key().equals("newsletter"))
        .extracting(ConsentState::status)
        .containsExactly(ConsentStatus.GRANTED);
  }

  @Test
  void dryRun_reportsWhatTheRealRunDoes_andWritesNothing() throws IOException {
    ImportOptions options = ImportOptions.of(MAPPING).withBatchSize(2);
    int events = sdk().events().events().size();

    ImportReport dry = imports().dryRun(sdk().admin(), csv(CSV), options);

    assertThat(roster()).isEmpty();
    assertThat(sdk().events().events()).hasSize(events);
    assertThat(imports().jobs(sdk().admin(), PageRequest.first(10)).items()).isEmpty();
    ImportJob real = importNow(csv(CSV), options);
    assertThat(dry.counts()).isEqualTo(real.counts());
    assertThat(dry.failures()).isEqualTo(failures(real));
    assertIdentity(dry.counts());
  }

  @Test
  void createOnly_failsRowsThatMatch_andUpdateOnly_failsRowsThatDoNot() {
    importNow(
        csv("First Name,E-mail\nAda,ada@example.com\n"),
        ImportOptions.of(
            ImportMapping.of()
                .with("First Name", ImportTarget.detail(RosterColumn.FIRST_NAME))
                .with("E-mail", ImportTarget.detail(RosterColumn.EMAIL))));
    ImportMapping mapping =
        ImportMapping.of()
            .with("First Name", ImportTarget.detail(RosterColumn.FIRST_NAME))
            .with("E-mail", ImportTarget.detail(RosterColumn.EMAIL));
    String file = "First Name,E-mail\nAdah,ada@example.com\nBea,bea@example.com\n";

    ImportJob create =
        importNow(csv(file), ImportOptions.of(mapping).withMode(MatchMode.CREATE_ONLY));
    assertThat(create.counts()).isEqualTo(new ImportCounts(2, 1, 0, 0, 1));
    assertThat(failures(create))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(2);
              assertThat(f.column()).isEqualTo("E-mail");
              assertThat(f.reason()).contains("only creates");
            });

    String other = "First Name,E-mail\nAdah,ada@example.com\nCy,cy@example.com\n";
    ImportJob update =
        importNow(csv(other), ImportOptions.of(mapping).withMode(MatchMode.UPDATE_ONLY));
    assertThat(update.counts()).isEqualTo(new ImportCounts(2, 0, 1, 0, 1));
    assertThat(failures(update))
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("matches no customer"));
    assertThat(get(rosterByEmail(), "ada@example.com").person().firstName()).isEqualTo("Adah");
    assertThat(rosterByEmail()).doesNotContainKey("cy@example.com");
  }

  @Test
  void byExternalId_matchesTheCustomerWithThatId_evenWhenTheEmailChanges() {
    ImportMapping mapping =
        ImportMapping.of()
            .with("Client ID", ImportTarget.externalId())
            .with("First Name", ImportTarget.detail(RosterColumn.FIRST_NAME))
            .with("E-mail", ImportTarget.detail(RosterColumn.EMAIL));
    ImportOptions options = ImportOptions.of(mapping).withMatchBy(MatchBy.EXTERNAL_ID);
    importNow(csv("Client ID,First Name,E-mail\nMB-1,Ada,ada@example.com\n"), options);

    ImportJob job =
        importNow(
            csv(
                """
                Client ID,First Name,E-mail
                MB-1,Ada,ada@new.example.com
                MB-2,Bea,ada@new.example.com
                ,Cy,cy@example.com
                """),
            options);

    assertThat(job.counts()).isEqualTo(new ImportCounts(3, 1, 1, 0, 1));
    assertThat(failures(job))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(3);
              assertThat(f.reason()).contains("repeats line 2");
            });
    assertThat(rosterByEmail()).containsOnlyKeys("ada@new.example.com", "cy@example.com");
  }

  @Test
  void failedRows_writtenAsCsv_fixedAndImportedAgain_completeTheRoster() throws IOException {
    ImportJob job = importNow(csv(CSV), ImportOptions.of(MAPPING));
    StringWriter out = new StringWriter();

    long written = imports().writeFailedRows(sdk().admin(), job.id(), out);

    assertThat(written).isEqualTo(6);
    String failed = out.toString();
    assertThat(failed.lines().findFirst())
        .contains("First Name,Last Name,E-mail,Birthday,Level,Tags,Newsletter,Notes,error");
    assertThat(failed).contains("line 7, E-mail 'not-an-email'");
    String fixed =
        failed
            .replace("not-an-email", "edsger@example.com")
            .replace("31.02.1939", "28.02.1939")
            .replace(",expert,", ",advanced,")
            .replace(",maybe,", ",no,");
    ImportMapping withError = MAPPING;
    ImportJob again = importNow(csv(fixed), ImportOptions.of(withError));

    // The four fixed rows import; the row that repeated Ada in its file now matches her and
    // updates her; the row of too few values still fails.
    assertThat(again.counts()).isEqualTo(new ImportCounts(6, 4, 1, 0, 1));
    assertThat(rosterByEmail())
        .containsKeys(
            "edsger@example.com", "barbara@example.com", "donald@example.com", "linus@example.com");
  }

  @Test
  void badOptions_areRefusedBeforeAnythingIsStored_namingEachProblem() {
    ImportMapping bad =
        ImportMapping.of()
            .with("Last", ImportTarget.detail(RosterColumn.LAST_NAME))
            .with("Level", ImportTarget.field("nope"))
            .with("Opt", ImportTarget.consent("unknown"))
            .with("Last", ImportTarget.tags(";"))
            .withDatePatterns("bad[pattern");
    assertThatThrownBy(() -> imports().submit(sdk().admin(), csv(CSV), ImportOptions.of(bad)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .contains(
                        "mapping.columns[1].target",
                        "mapping.columns[2].target",
                        "mapping.columns[3].column",
                        "mapping.columns",
                        "mapping.datePatterns[0]"));
    ImportMapping missing =
        ImportMapping.of()
            .with("First Name", ImportTarget.detail(RosterColumn.FIRST_NAME))
            .with("Mail", ImportTarget.detail(RosterColumn.EMAIL));
    assertThatThrownBy(() -> imports().submit(sdk().admin(), csv(CSV), ImportOptions.of(missing)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'Mail'");
    assertThat(imports().jobs(sdk().admin(), PageRequest.first(10)).items()).isEmpty();
  }

  @Test
  void onlyAdminsImport() {
    Caller staff = staff("sam", StaffRole.STAFF);
    assertThatThrownBy(() -> imports().submit(staff, csv(CSV), ImportOptions.of(MAPPING)))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> imports().dryRun(staff, csv(CSV), ImportOptions.of(MAPPING)))
        .isInstanceOf(PermissionDeniedException.class);
    ImportJob job = importNow(csv(CSV), ImportOptions.of(MAPPING));
    assertThatThrownBy(() -> imports().job(staff, job.id()))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> imports().failures(staff, job.id(), PageRequest.first(5)))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void aRowTheServicesRefuse_failsAlone_andTheJobCompletes() {
    ImportMapping mapping =
        ImportMapping.of()
            .with("First Name", ImportTarget.detail(RosterColumn.FIRST_NAME))
            .with("E-mail", ImportTarget.detail(RosterColumn.EMAIL));
    importNow(csv("First Name,E-mail\nAda,ada@example.com\n"), ImportOptions.of(mapping));
    // Ada joins another studio herself: while shared, only she may change her details.
    RosterEntry ada = get(rosterByEmail(), "ada@example.com");
    var other = sdk().newOrganization("Other studio");
    sdk()
        .roster()
        .addExisting(
            Caller.of(other.id(), dev.customers.api.Actor.self(ada.person().id())),
            ada.person().id());

    ImportJob job =
        importNow(
            csv("First Name,E-mail\nAdah,ada@example.com\nBea,bea@example.com\n"),
            ImportOptions.of(mapping));

    assertThat(job.status()).isEqualTo(ImportStatus.COMPLETED_WITH_ERRORS);
    assertThat(job.counts()).isEqualTo(new ImportCounts(2, 1, 0, 0, 1));
    assertThat(failures(job))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(2);
              assertThat(f.reason()).contains("only they can");
            });
    assertThat(get(rosterByEmail(), "ada@example.com").person().firstName()).isEqualTo("Ada");
    assertThat(rosterByEmail()).containsKey("bea@example.com");
  }
}
