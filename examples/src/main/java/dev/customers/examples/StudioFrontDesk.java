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
import dev.customers.api.org.Organization;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.roster.StatusFilter;
import dev.customers.api.roster.UpcomingBirthday;
import dev.customers.core.CustomersSdk;
import dev.customers.jdbc.JdbcStorageModule;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A yoga studio's front desk embedding the SDK on an embedded H2 database (in
 * {@code ./customers-data}, or the directory given as the first argument): it shows what earlier
 * runs left, then opens a new studio, adds customers, searches, edits a profile, trips over a
 * stale edit and a duplicate email, archives, lists birthdays and reads the audit trail, printing
 * each step.
 */
public final class StudioFrontDesk {
  private final Customers customers;
  private final PrintStream out;
  private final Clock clock;

  public StudioFrontDesk(Customers customers, Clock clock, PrintStream out) {
    this.customers = customers;
    this.clock = clock;
    this.out = out;
  }

  public static void main(String[] args) {
    Clock clock = Clock.systemUTC();
    Path data = Path.of(args.length > 0 ? args[0] : "customers-data");
    System.out.println("Customers SDK example: embedded H2 database in " + data.toAbsolutePath());
    try (Customers customers = CustomersSdk.builder()
        .storage(JdbcStorageModule.embeddedH2(data))
        .clock(clock)
        .listener(event -> System.out.println("    [event] " + event.getClass().getSimpleName() + " by " + event.actor()))
        .build()) {
      new StudioFrontDesk(customers, clock, System.out).run();
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
        out.println("  " + org.name() + " (created " + org.createdAt() + "): "
            + names(customers.roster().list(owner, CustomerQuery.active().withStatus(StatusFilter.ALL)).items()));
      }
    }
    Organization studio = customers.organizations().create("Sunrise Yoga #" + (earlier.size() + 1), zone);
    Caller desk = Caller.of(studio.id(), Actor.staff("maya", StaffRole.STAFF));
    Caller manager = Caller.of(studio.id(), Actor.staff("sam", StaffRole.OWNER));
    out.println("== " + studio.name() + " (" + studio.id() + "), today is " + today);

    out.println("-- adding customers");
    CustomerProfile ada = customers.roster().add(desk, CustomerDetails.of("Ada", "Lovelace")
        .withEmail("ada@example.com").withPhone("+44 20 7946 0018").withBirthday(today.minusYears(36)));
    CustomerProfile zoe = customers.roster().add(desk, CustomerDetails.of("Zoë", "Ångström")
        .withEmail("zoe@example.com").withUsername("zoe_flows").withBirthday(today.plusDays(3).minusYears(29)));
    CustomerProfile ben = customers.roster().add(desk, CustomerDetails.of("Ben", "Adams").withEmail("ben@example.com"));
    for (CustomerProfile p : new CustomerProfile[] {ada, zoe, ben}) {
      out.println("  added " + p.person().displayName() + " (" + p.id() + ")"
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
    CustomerProfile edited = customers.roster().update(desk, ben.id(), ben.version(), ben.details().withPhone("07700 900123"));
    out.println("  " + edited.person().displayName() + " now has phone " + edited.person().phone() + ", version " + edited.version());
    try {
      customers.roster().update(desk, ben.id(), ben.version(), ben.details().withLastName("Stale"));
    } catch (ConflictException e) {
      out.println("  stale edit refused: " + e.getMessage());
    }

    out.println("-- archiving needs an admin or the owner");
    try {
      customers.roster().archive(desk, ben.id());
    } catch (PermissionDeniedException e) {
      out.println("  denied: " + e.getMessage());
    }
    customers.roster().archive(manager.withReason("moved away"), ben.id());
    out.println("  active roster: " + names(customers.roster().list(desk, CustomerQuery.active()).items()));
    out.println("  with archived: " + names(customers.roster().list(desk, CustomerQuery.active().withStatus(StatusFilter.ALL)).items()));

    out.println("-- birthdays in the next 7 days");
    for (UpcomingBirthday birthday : customers.roster().upcomingBirthdays(desk, 7)) {
      out.println("  " + birthday.date() + "  " + birthday.entry().displayName() + " turns " + birthday.turning());
    }

    out.println("-- audit trail of " + ben.person().displayName());
    for (AuditEntry entry : customers.audit().forCustomer(manager, ben.id(), PageRequest.first(20)).items()) {
      out.println("  " + entry.at() + "  " + entry.action() + " by " + entry.actor()
          + (entry.reason() == null ? "" : " (" + entry.reason() + ")"));
      entry.changes().forEach(change ->
          out.println("      " + change.field() + ": " + change.before() + " -> " + change.after()));
    }
    out.println("== done");
  }

  private void printHits(List<SearchHit> hits) {
    for (SearchHit hit : hits) {
      out.println("  " + hit.tier() + "  " + hit.entry().displayName() + " <" + hit.entry().person().email() + ">");
    }
  }

  private static String names(List<RosterEntry> entries) {
    return entries.stream().map(RosterEntry::displayName).toList().toString();
  }
}
