package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.PageRequest;
import dev.customers.api.export.RosterColumn;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the import contracts share: a field, a consent purpose, a CSV file with good and bad rows
 * and its mapping, and ways to run an import and read the roster. Not a contract itself.
 */
public abstract class ImportContractSupport extends ServiceContractSupport {
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

  protected static final int GOOD = 5;

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

  protected static void assertIdentity(ImportCounts counts) {
    assertThat(counts.read())
        .isEqualTo(counts.created() + counts.updated() + counts.unchanged() + counts.failed());
  }
}
