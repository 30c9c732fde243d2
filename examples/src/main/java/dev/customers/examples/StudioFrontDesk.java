package dev.customers.examples;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.ConflictException;
import dev.customers.api.Customers;
import dev.customers.api.PageRequest;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.StaffRole;
import dev.customers.api.ValidationException;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.consent.ConsentPurpose;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.export.ExportRequest;
import dev.customers.api.fields.FieldAccess;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldScope;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.fields.FieldValues;
import dev.customers.api.metrics.MetricSpec;
import dev.customers.api.notes.NoteDraft;
import dev.customers.api.notes.NoteVisibility;
import dev.customers.api.org.Organization;
import dev.customers.api.profile.ProfileView;
import dev.customers.api.roster.Comparison;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerFilter;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.roster.StatusFilter;
import dev.customers.api.roster.UpcomingBirthday;
import dev.customers.api.tags.Tag;
import dev.customers.api.tags.TagCount;
import dev.customers.core.CustomersSdk;
import dev.customers.jdbc.JdbcStorageModule;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A yoga studio's front desk embedding the SDK on an embedded H2 database (in {@code
 * ./customers-data}, or the directory given as the first argument): it shows what earlier runs
 * left, then opens a new studio, adds customers, searches, edits a profile, trips over a stale edit
 * and a duplicate email, gives customers custom fields, tags, notes, metrics and consent and reads
 * the whole profile as staff and as the customer, builds a family with a guest child and a guardian
 * acting within and outside her permissions, has an invite claimed, archives, lists birthdays and
 * reads the audit trail, printing each step.
 */
public final class StudioFrontDesk {
  private final Customers customers;
  private final ExampleMailer mailer;
  private final PrintStream out;
  private final Clock clock;

  /**
   * A front desk over the SDK; {@code mailer} must be the SDK's notifier.
   *
   * @param customers the SDK, built with {@code mailer} as its notifier
   * @param mailer the notifier the SDK sends account invites through
   * @param clock the SDK's clock
   * @param out where each step is printed
   */
  public StudioFrontDesk(Customers customers, ExampleMailer mailer, Clock clock, PrintStream out) {
    this.customers = customers;
    this.mailer = mailer;
    this.clock = clock;
    this.out = out;
  }

  public static void main(String[] args) {
    Clock clock = Clock.systemUTC();
    Path data = Path.of(args.length > 0 ? args[0] : "customers-data");
    System.out.println("Customers SDK example: embedded H2 database in " + data.toAbsolutePath());
    ExampleMailer mailer = new ExampleMailer(System.out);
    try (Customers customers =
        CustomersSdk.builder()
            .storage(JdbcStorageModule.embeddedH2(data))
            .clock(clock)
            .notifier(mailer)
            .listener(
                event ->
                    System.out.println(
                        "    [event] " + event.getClass().getSimpleName() + " by " + event.actor()))
            .build()) {
      new StudioFrontDesk(customers, mailer, clock, System.out).run();
    }
  }

  /** Walks through the roster features. */
  public void run() {
    ZoneId zone = ZoneId.of("Europe/London");
    LocalDate today = LocalDate.now(clock.withZone(zone));
    List<Organization> earlier = customers.organizations().list(PageRequest.first(100)).items();
    if (earlier.isEmpty()) {
      out.println("== first run: the database is empty");
    } else {
      out.println("== earlier runs left " + earlier.size() + " studio(s) in the database:");
      for (Organization org : earlier) {
        Caller owner = Caller.of(org.id(), Actor.staff("sam", StaffRole.OWNER));
        out.println(
            "  "
                + org.name()
                + " (created "
                + org.createdAt()
                + "): "
                + names(
                    customers
                        .roster()
                        .list(owner, CustomerQuery.active().withStatus(StatusFilter.ALL))
                        .items()));
      }
    }
    Organization studio =
        customers.organizations().create("Sunrise Yoga #" + (earlier.size() + 1), zone);
    Caller desk = Caller.of(studio.id(), Actor.staff("maya", StaffRole.STAFF));
    Caller manager = Caller.of(studio.id(), Actor.staff("sam", StaffRole.OWNER));
    out.println("== " + studio.name() + " (" + studio.id() + "), today is " + today);

    out.println("-- adding customers");
    CustomerProfile ada =
        customers
            .roster()
            .add(
                desk,
                CustomerDetails.of("Ada", "Lovelace")
                    .withEmail("ada@example.com")
                    .withPhone("+44 20 7946 0018")
                    .withBirthday(today.minusYears(36)));
    CustomerProfile zoe =
        customers
            .roster()
            .add(
                desk,
                CustomerDetails.of("Zoë", "Ångström")
                    .withEmail("zoe@example.com")
                    .withUsername("zoe_flows")
                    .withBirthday(today.plusDays(3).minusYears(29)));
    CustomerProfile ben =
        customers
            .roster()
            .add(desk, CustomerDetails.of("Ben", "Adams").withEmail("ben@example.com"));
    for (CustomerProfile p : new CustomerProfile[] {ada, zoe, ben}) {
      out.println(
          "  added "
              + p.person().displayName()
              + " ("
              + p.id()
              + ")"
              + (p.birthdayToday() ? "  ** birthday today! **" : ""));
    }

    out.println("-- searching 'zoe' (no accent), 'ad', and an exact email");
    printHits(customers.roster().search(desk, SearchQuery.of("zoe")).items());
    printHits(customers.roster().search(desk, SearchQuery.of("ad")).items());
    printHits(customers.roster().search(desk, SearchQuery.of("Ben@Example.com")).items());

    out.println("-- the same email twice is refused");
    try {
      customers.roster().add(desk, CustomerDetails.of("Ada", "Again").withEmail("ADA@example.com"));
    } catch (ConflictException e) {
      out.println("  conflict: " + e.getMessage());
    }

    out.println("-- bad input names the field and the value");
    try {
      customers.roster().add(desk, CustomerDetails.of(" ", "Nobody").withEmail("not-an-email"));
    } catch (ValidationException e) {
      e.errors().forEach(error -> out.println("  invalid: " + error));
    }

    out.println("-- editing a profile with its version");
    CustomerProfile edited =
        customers
            .roster()
            .update(desk, ben.id(), ben.version(), ben.details().withPhone("07700 900123"));
    out.println(
        "  "
            + edited.person().displayName()
            + " now has phone "
            + edited.person().phone()
            + ", version "
            + edited.version());
    try {
      customers.roster().update(desk, ben.id(), ben.version(), ben.details().withLastName("Stale"));
    } catch (ConflictException e) {
      out.println("  stale edit refused: " + e.getMessage());
    }

    showProfileData(desk, manager, ada, zoe);
    new FamilyDesk(customers, mailer, out).run(desk, manager, ada, today);

    out.println("-- exporting the roster as CSV (what the desk may see, formulas neutralised)");
    java.io.StringWriter csv = new java.io.StringWriter();
    try {
      customers
          .export()
          .exportRoster(
              desk,
              ExportRequest.csv()
                  .withColumns("firstName", "lastName", "email", "fields.level", "tags"),
              csv);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    csv.toString().lines().forEach(line -> out.println("  " + line));
    new ImportDesk(customers, out).run(manager);

    out.println("-- archiving needs an admin or the owner");
    try {
      customers.roster().archive(desk, ben.id());
    } catch (PermissionDeniedException e) {
      out.println("  denied: " + e.getMessage());
    }
    customers.roster().archive(manager.withReason("moved away"), ben.id());
    out.println(
        "  active roster: " + names(customers.roster().list(desk, CustomerQuery.active()).items()));
    out.println(
        "  with archived: "
            + names(
                customers
                    .roster()
                    .list(desk, CustomerQuery.active().withStatus(StatusFilter.ALL))
                    .items()));

    out.println("-- birthdays in the next 7 days");
    for (UpcomingBirthday birthday : customers.roster().upcomingBirthdays(desk, 7)) {
      out.println(
          "  "
              + birthday.date()
              + "  "
              + birthday.entry().displayName()
              + " turns "
              + birthday.turning());
    }

    out.println("-- audit trail of " + ben.person().displayName());
    for (AuditEntry entry :
        customers.audit().forCustomer(manager, ben.id(), PageRequest.first(20)).items()) {
      out.println(
          "  "
              + entry.at()
              + "  "
              + entry.action()
              + " by "
              + entry.actor()
              + (entry.reason() == null ? "" : " (" + entry.reason() + ")"));
      entry
          .changes()
          .forEach(
              change ->
                  out.println(
                      "      "
                          + change.field()
                          + ": "
                          + change.before()
                          + " -> "
                          + change.after()));
    }
    out.println("== done");
  }

  /** Custom fields, tags, notes, metrics and consent, then the whole profile in one call. */
  private void showProfileData(
      Caller desk, Caller manager, CustomerProfile ada, CustomerProfile zoe) {
    out.println("-- custom fields: defined by the owner, in the order they dragged them");
    FieldDefinition level =
        customers
            .fields()
            .define(
                manager,
                FieldSpec.of("level", "Class level", FieldType.SINGLE_CHOICE)
                    .withChoices(List.of("Beginner", "Intermediate", "Advanced")));
    FieldDefinition emergency =
        customers
            .fields()
            .define(
                manager,
                FieldSpec.of("emergency_phone", "Emergency contact", FieldType.PHONE)
                    .withScope(FieldScope.PERSON)
                    .withAccess(FieldAccess.customerEditable())
                    .withPersonalData(true));
    FieldDefinition waiver =
        customers
            .fields()
            .define(
                manager,
                FieldSpec.of("waiver_signed", "Waiver signed", FieldType.DATE)
                    .withWriteOnce(true)
                    .withAccess(FieldAccess.customerVisible()));
    FieldDefinition injuries =
        customers
            .fields()
            .define(
                manager,
                FieldSpec.of("injuries", "Injuries", FieldType.TEXTAREA)
                    .withAccess(FieldAccess.restrictedTo(StaffRole.ADMIN))
                    .withPersonalData(true));
    customers
        .fields()
        .reorder(manager, List.of(waiver.id(), level.id(), emergency.id(), injuries.id()));
    customers
        .fields()
        .setValues(
            desk, ada.id(), FieldValues.of("level", "Advanced").and("waiver_signed", "2026-01-15"));
    Caller adaHerself = Caller.of(ada.customer().organizationId(), Actor.self(ada.person().id()));
    customers
        .fields()
        .setValues(adaHerself, ada.id(), FieldValues.of("emergency_phone", "+44 20 7946 0999"));
    customers
        .fields()
        .setValues(
            manager, ada.id(), FieldValues.of("injuries", "Old knee injury: no deep lunges"));
    customers.fields().setValues(desk, zoe.id(), FieldValues.of("level", "Beginner"));
    try {
      customers
          .fields()
          .setValues(
              desk, zoe.id(), FieldValues.of("level", "Expert").and("waiver_signed", "last week"));
    } catch (ValidationException e) {
      e.errors().forEach(error -> out.println("  invalid: " + error));
    }
    try {
      customers.fields().setValues(desk, ada.id(), FieldValues.of("waiver_signed", "2026-02-01"));
    } catch (PermissionDeniedException e) {
      out.println("  denied: " + e.getMessage());
    }

    out.println("-- tags, notes, metrics and consent");
    Tag vip = customers.tags().create(manager, "VIP", "#d4a017");
    Tag mornings = customers.tags().create(manager, "Morning regular", "#3a7bd5");
    customers.tags().assign(desk, vip.id(), List.of(ada.id()));
    customers.tags().assign(desk, mornings.id(), List.of(ada.id(), zoe.id()));
    customers
        .notes()
        .add(
            desk,
            ada.id(),
            NoteDraft.of("Peanut allergy: no snacks from the café")
                .asAlert()
                .visibleTo(NoteVisibility.CUSTOMER));
    customers.notes().add(desk, ada.id(), NoteDraft.of("Likes the mat by the window").asPinned());
    customers
        .notes()
        .add(
            manager,
            ada.id(),
            NoteDraft.of("Asked about teacher training").visibleTo(NoteVisibility.ADMINS));
    customers.metrics().define(manager, MetricSpec.counter("visits", "Visits"));
    customers.metrics().define(manager, MetricSpec.gauge("flexibility", "Sit-and-reach", "cm", 1));
    for (int i = 0; i < 3; i++) {
      customers.metrics().increment(desk, ada.id(), "visits", BigDecimal.ONE, "check-in");
    }
    customers.metrics().increment(desk, zoe.id(), "visits", BigDecimal.ONE, "check-in");
    customers
        .metrics()
        .record(
            desk, ada.id(), "flexibility", new BigDecimal("31.5"), clock.instant(), "assessment");
    customers
        .consent()
        .record(
            adaHerself,
            ada.id(),
            ConsentPurpose.MARKETING_EMAIL.key(),
            ConsentStatus.GRANTED,
            "app");
    for (TagCount count : customers.tags().counts(desk)) {
      out.println(
          "  tag "
              + count.tag().name()
              + " "
              + count.tag().colour()
              + ": "
              + count.customers()
              + " customer(s)");
    }
    out.println(
        "  morning regulars with 2+ visits: "
            + names(
                customers
                    .roster()
                    .list(
                        desk,
                        CustomerQuery.active()
                            .withFilter(
                                CustomerFilter.allOf(
                                    CustomerFilter.tag(mornings.id()),
                                    CustomerFilter.metric(
                                        "visits", Comparison.GE, new BigDecimal("2")))))
                    .items()));
    try {
      customers
          .roster()
          .list(
              desk,
              CustomerQuery.active()
                  .withFilter(CustomerFilter.field("injuries", Comparison.EQ, "knee")));
    } catch (ValidationException e) {
      // A field hidden from the desk is answered as one that does not exist.
      out.println("  refused: " + e.getMessage());
    }

    printProfile("the desk", customers.profiles().view(desk, ada.id()));
    printProfile("Ada herself", customers.profiles().view(adaHerself, ada.id()));
  }

  private void printProfile(String who, ProfileView view) {
    out.println(
        "-- " + view.profile().person().displayName() + "'s profile as " + who + " sees it");
    view.alerts().forEach(alert -> out.println("  !! ALERT: " + alert.text()));
    view.fields()
        .forEach(
            field -> out.println("  " + field.definition().spec().label() + ": " + field.text()));
    if (!view.tags().isEmpty()) {
      out.println("  tags: " + view.tags().stream().map(Tag::name).toList());
    }
    view.pinnedNotes().forEach(note -> out.println("  pinned: " + note.text()));
    out.println("  notes: " + view.noteCount());
    view.metrics()
        .forEach(
            metric ->
                out.println(
                    "  "
                        + metric.definition().spec().name()
                        + ": "
                        + metric.value().toPlainString()
                        + (metric.definition().spec().unit().isEmpty()
                            ? ""
                            : " " + metric.definition().spec().unit())));
    view.consents()
        .forEach(
            consent ->
                out.println("  consent " + consent.purpose().label() + ": " + consent.status()));
  }

  private void printHits(List<SearchHit> hits) {
    for (SearchHit hit : hits) {
      out.println(
          "  "
              + hit.tier()
              + "  "
              + hit.entry().displayName()
              + " <"
              + hit.entry().person().email()
              + ">");
    }
  }

  private static String names(List<RosterEntry> entries) {
    return entries.stream().map(RosterEntry::displayName).toList().toString();
  }
}
