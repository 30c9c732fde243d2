package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.PageRequest;
import dev.customers.api.consent.ConsentState;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.export.RosterColumn;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.fields.FieldValue;
import dev.customers.api.imports.ImportCounts;
import dev.customers.api.imports.ImportJob;
import dev.customers.api.imports.ImportMapping;
import dev.customers.api.imports.ImportOptions;
import dev.customers.api.imports.ImportService;
import dev.customers.api.imports.ImportSource;
import dev.customers.api.imports.ImportStatus;
import dev.customers.api.imports.ImportTarget;
import dev.customers.api.imports.RowFailure;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.tags.Tag;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Roster import end to end over the storage the subclass supplies in {@link #storageUnderTest()}:
 * good rows imported and bad ones reported by line and column with the counts adding up, a second
 * import of the same file changing nothing, dry runs, match modes, failed rows written back and
 * fixed, JSON Lines and records, cancelling, and a job resumed after its instance stopped.
 */
public abstract class ImportServiceContract extends ServiceContractSupport {
  /** The mapping of {@link #CSV}'s header. */
  protected static final ImportMapping MAPPING =
      ImportMapping.of()
          .with("First Name", ImportTarget.detail(RosterColumn.FIRST_NAME))
          .with("Last Name", ImportTarget.detail(RosterColumn.LAST_NAME))
          .with("E-mail", ImportTarget.detail(RosterColumn.EMAIL))
          .with("Birthday", ImportTarget.detail(RosterColumn.BIRTHDAY))
          .with("Level", ImportTarget.field("level"))
          .with("Tags", ImportTarget.tags("|"))
          .with("Newsletter", ImportTarget.consent("newsletter"))
          .withDatePatterns("yyyy-MM-dd", "dd.MM.yyyy");

  /** Five good rows (one quoted over two lines, one neutralised) and five bad ones. */
  protected static final String CSV =
      """
      First Name,Last Name,E-mail,Birthday,Level,Tags,Newsletter,Notes
      Ada,Lovelace,ADA@example.com,1985-12-10,advanced,vip|climbing,yes,
      Grace,Hopper,grace@example.com,09.12.1906,beginner,,no,
      Alan,"Turing, A.",alan@example.com,,,climbing,,"likes
      maths"
      '=Bob,Sum,bob@example.com,,,,,
      Edsger,Dijkstra,not-an-email,,,,,
      Barbara,Liskov,barbara@example.com,31.02.1939,,,,
      Donald,Knuth,donald@example.com,,expert,,,
      Ada,Again,ada@example.com,,,,,
      Too,Few,columns
      Linus,Torvalds,linus@example.com,,,,maybe,
      Ken,Thompson,ken@example.com,,beginner,,,
      """;

  private static final int GOOD = 5;

  @BeforeEach
  void definitions() {
    fields()
        .define(
            sdk().admin(),
            FieldSpec.of("level", "Level", FieldType.SINGLE_CHOICE)
                .withChoices(List.of("beginner", "advanced")));
    sdk().sdk().consent().addPurpose(sdk().admin(), "newsletter", "Newsletter");
  }

  protected final ImportService imports() {
    return sdk().sdk().imports();
  }

  protected static ImportSource csv(String text) {
    return ImportSource.csv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  protected final ImportJob importNow(ImportSource source, ImportOptions options) {
    try {
      ImportJob job = imports().submit(sdk().admin(), source, options);
      assertThat(job.status()).isEqualTo(ImportStatus.QUEUED);
      return imports().run(sdk().admin(), job.id(), j -> {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected final List<RowFailure> failures(ImportJob job) {
    List<RowFailure> all = new ArrayList<>();
    PageRequest page = PageRequest.first(2);
    while (true) {
      var found = imports().failures(sdk().admin(), job.id(), page);
      all.addAll(found.items());
      if (found.nextCursor() == null) {
        return all;
      }
      page = page.after(found.nextCursor());
    }
  }

  protected final Map<String, RosterEntry> rosterByEmail() {
    Map<String, RosterEntry> byEmail = new TreeMap<>();
    for (RosterEntry entry : roster()) {
      dev.customers.api.roster.EmailAddress email = entry.person().email();
      byEmail.put(email == null ? "-" + entry.id() : email.key(), entry);
    }
    return byEmail;
  }

  protected static RosterEntry get(Map<String, RosterEntry> roster, String email) {
    RosterEntry entry = roster.get(email);
    assertThat(entry).as("the customer with email " + email).isNotNull();
    return java.util.Objects.requireNonNull(entry);
  }

  protected final List<RosterEntry> roster() {
    List<RosterEntry> all = new ArrayList<>();
    CustomerQuery query = CustomerQuery.active().withLimit(500);
    while (true) {
      var page = sdk().roster().list(sdk().admin(), query);
      all.addAll(page.items());
      if (page.nextCursor() == null) {
        return all;
      }
      query = query.after(page.nextCursor());
    }
  }

  private static void assertIdentity(ImportCounts counts) {
    assertThat(counts.read())
        .isEqualTo(counts.created() + counts.updated() + counts.unchanged() + counts.failed());
  }

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
}
