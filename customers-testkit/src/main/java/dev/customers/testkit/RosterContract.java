package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.InvalidStateException;
import dev.customers.api.NotFoundException;
import dev.customers.api.OrganizationId;
import dev.customers.api.PageRequest;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.PersonId;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.CustomerStatus;
import dev.customers.api.roster.MatchTier;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.roster.StatusFilter;
import dev.customers.api.roster.UpcomingBirthday;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of the roster service: add, update, archive, search, birthdays, audit, events,
 * permissions and tenancy, end to end over the storage the subclass supplies in {@link
 * #storageUnderTest()}.
 */
public abstract class RosterContract extends ServiceContractSupport {
  @Test
  void add_thenProfile_returnsTheDetailsAndVersionOne() {
    CustomerProfile added =
        t.roster()
            .add(t.staff(), Fixtures.details("  Ada ", "Lovelace").withPhone("+44 20 7946 0018"));
    CustomerProfile read = t.roster().profile(t.staff(), added.id());
    assertThat(read).isEqualTo(added);
    assertThat(read.person().firstName()).isEqualTo("Ada");
    assertThat(read.person().email()).hasToString("ada.lovelace@example.com");
    assertThat(read.version()).isEqualTo(1);
    assertThat(read.customer().joinedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(read.customer().status()).isEqualTo(CustomerStatus.ACTIVE);
  }

  @Test
  void add_duplicateActiveEmail_isAConflictNamingTheExistingCustomer() {
    CustomerProfile ada = t.roster().add(t.staff(), Fixtures.details("Ada", "Lovelace"));
    assertThatThrownBy(
            () ->
                t.roster()
                    .add(
                        t.staff(),
                        CustomerDetails.of("Other", "Person")
                            .withEmail("ADA.LOVELACE@example.com")))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE);
              assertThat(e.existingId()).contains(ada.id().toString());
              assertThat(e.getMessage()).contains(ada.id().toString()).contains("Ada Lovelace");
            });
    assertThat(t.roster().list(t.staff(), CustomerQuery.active()).items()).hasSize(1);
  }

  @Test
  void add_sameEmailInAnotherOrganization_isAllowed() {
    Organization other = t.newOrganization("Other Studio");
    t.roster().add(t.staff(), Fixtures.details("Ada", "Lovelace"));
    CustomerProfile there =
        t.roster().add(Fixtures.staff(other.id()), Fixtures.details("Ada", "Lovelace"));
    assertThat(there.customer().organizationId()).isEqualTo(other.id());
  }

  @Test
  void addExisting_byThePersonThemselves_putsTheSamePersonOnAnotherRoster() {
    Organization other = t.newOrganization("Other Studio");
    CustomerProfile here = t.roster().add(t.staff(), Fixtures.details("Ada", "Lovelace"));
    Caller adaThere = Caller.of(other.id(), Actor.self(here.person().id()));
    CustomerProfile there = t.roster().addExisting(adaThere, here.person().id());
    assertThat(there.person()).isEqualTo(here.person());
    assertThat(there.id()).isNotEqualTo(here.id());
    assertThat(there.customer().organizationId()).isEqualTo(other.id());
    assertThatThrownBy(() -> t.roster().addExisting(adaThere, here.person().id()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.existingId()).contains(there.id().toString()));
    PersonId nobody = PersonId.of(UUID.fromString("00000000-0000-7000-8000-000000000001"));
    assertThatThrownBy(
            () -> t.roster().addExisting(Caller.of(other.id(), Actor.self(nobody)), nobody))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("person");
  }

  @Test
  void update_withCurrentVersion_changesAndMovesTheVersion() {
    CustomerProfile ada = t.roster().add(t.staff(), Fixtures.details("Ada", "Lovelace"));
    CustomerProfile updated =
        t.roster()
            .update(
                t.staff(),
                ada.id(),
                1,
                ada.details().withPhone("020 7946 0018").withLastName("King"));
    assertThat(updated.version()).isEqualTo(2);
    assertThat(t.roster().profile(t.staff(), ada.id()).person().lastName()).isEqualTo("King");
  }

  @Test
  void update_withStaleVersion_isAConflictAndChangesNothing() {
    CustomerProfile ada = t.roster().add(t.staff(), Fixtures.details("Ada", "Lovelace"));
    t.roster().update(t.staff(), ada.id(), 1, ada.details().withPhone("020 7946 0018"));
    assertThatThrownBy(
            () -> t.roster().update(t.staff(), ada.id(), 1, ada.details().withLastName("Stale")))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
    CustomerProfile now = t.roster().profile(t.staff(), ada.id());
    assertThat(now.person().lastName()).isEqualTo("Lovelace");
    assertThat(now.version()).isEqualTo(2);
  }

  @Test
  void update_withNoChange_keepsTheVersionAndRecordsNothing() {
    CustomerProfile ada = t.roster().add(t.staff(), Fixtures.details("Ada", "Lovelace"));
    CustomerProfile same = t.roster().update(t.staff(), ada.id(), 1, ada.details());
    assertThat(same.version()).isEqualTo(1);
    assertThat(t.sdk().audit().forCustomer(t.owner(), ada.id(), PageRequest.first(10)).items())
        .hasSize(1);
  }

  @Test
  void update_toAnotherActiveCustomersEmail_isAConflict() {
    CustomerProfile ada = t.roster().add(t.staff(), Fixtures.details("Ada", "Lovelace"));
    CustomerProfile bob = t.roster().add(t.staff(), Fixtures.details("Bob", "Babbage"));
    assertThatThrownBy(
            () ->
                t.roster()
                    .update(
                        t.staff(),
                        bob.id(),
                        1,
                        bob.details().withEmail("ada.lovelace@example.com")))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.existingId()).contains(ada.id().toString()));
  }

  @Test
  void archive_leavesTheCustomerOutOfListsAndSearch_andUnarchiveBringsThemBack() {
    CustomerProfile ada =
        t.roster().add(t.staff(), Fixtures.details("Ada", "Lovelace", LocalDate.of(1990, 5, 5)));
    CustomerProfile archived = t.roster().archive(t.admin(), ada.id());
    assertThat(archived.customer().status()).isEqualTo(CustomerStatus.ARCHIVED);
    assertThat(archived.person()).isEqualTo(ada.person());
    assertThat(t.roster().list(t.staff(), CustomerQuery.active()).items()).isEmpty();
    assertThat(t.roster().search(t.staff(), SearchQuery.of("ada")).items()).isEmpty();
    assertThat(
            t.roster()
                .search(t.staff(), SearchQuery.of("ada").withStatus(StatusFilter.ALL))
                .items())
        .hasSize(1);
    assertThat(t.roster().profile(t.staff(), ada.id()).person().birthday())
        .isEqualTo(LocalDate.of(1990, 5, 5));
    assertThatThrownBy(() -> t.roster().archive(t.admin(), ada.id()))
        .isInstanceOf(InvalidStateException.class);

    CustomerProfile back = t.roster().unarchive(t.admin(), ada.id());
    assertThat(back.customer().status()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(t.roster().list(t.staff(), CustomerQuery.active()).items())
        .extracting(RosterEntry::id)
        .containsExactly(ada.id());
    assertThatThrownBy(() -> t.roster().unarchive(t.admin(), ada.id()))
        .isInstanceOf(InvalidStateException.class);
  }

  @Test
  void archive_freesTheEmail_andUnarchiveOntoATakenEmailIsAConflict() {
    CustomerProfile ada = t.roster().add(t.staff(), Fixtures.details("Ada", "Lovelace"));
    t.roster().archive(t.admin(), ada.id());
    CustomerProfile again = t.roster().add(t.staff(), Fixtures.details("Ada", "Lovelace"));
    assertThatThrownBy(() -> t.roster().unarchive(t.admin(), ada.id()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.existingId()).contains(again.id().toString()));
  }

  @Test
  void search_ranksExactEmailFirst() {
    t.roster().add(t.staff(), CustomerDetails.of("Sam", "Smith").withEmail("sam@example.com"));
    CustomerProfile samuel =
        t.roster()
            .add(t.staff(), CustomerDetails.of("Samuel", "Adams").withEmail("sa@example.com"));
    CustomerProfile exact =
        t.roster().add(t.staff(), CustomerDetails.of("Zora", "Zed").withEmail("sa@example.org"));
    List<SearchHit> hits = t.roster().search(t.staff(), SearchQuery.of("SA@example.org")).items();
    assertThat(hits).extracting(h -> h.entry().id()).containsExactly(exact.id());
    assertThat(hits.get(0).tier()).isEqualTo(MatchTier.EXACT_EMAIL);
    assertThat(t.roster().search(t.staff(), SearchQuery.of("sa@example.com")).items())
        .extracting(h -> h.entry().id())
        .first()
        .isEqualTo(samuel.id());
  }

  @Test
  void birthdayBanner_followsTheOrganizationsTimeZone() {
    // 2026-03-02T10:00Z is already 3 March on Kiritimati (UTC+14).
    Organization auckland =
        t.sdk().organizations().create("Kiritimati", ZoneId.of("Pacific/Kiritimati"));
    Caller staff = Fixtures.staff(auckland.id());
    CustomerProfile march3 =
        t.roster().add(staff, Fixtures.details("Kiri", "Three", LocalDate.of(1990, 3, 3)));
    CustomerProfile march2 =
        t.roster().add(staff, Fixtures.details("Kiri", "Two", LocalDate.of(1990, 3, 2)));
    assertThat(t.roster().profile(staff, march3.id()).birthdayToday()).isTrue();
    assertThat(t.roster().profile(staff, march2.id()).birthdayToday()).isFalse();
    CustomerProfile london =
        t.roster().add(t.staff(), Fixtures.details("Lon", "Don", LocalDate.of(1990, 3, 2)));
    assertThat(london.birthdayToday()).isTrue();
  }

  @Test
  void birthdayBanner_leapDayBirthdayIsCelebratedOn28FebruaryInANonLeapYear() {
    t.clock().set(Instant.parse("2027-02-28T12:00:00Z"));
    CustomerProfile leap =
        t.roster().add(t.staff(), Fixtures.details("Leap", "Ling", LocalDate.of(2004, 2, 29)));
    assertThat(leap.birthdayToday()).isTrue();
    t.clock().set(Instant.parse("2028-02-28T12:00:00Z"));
    assertThat(t.roster().profile(t.staff(), leap.id()).birthdayToday()).isFalse();
    t.clock().set(Instant.parse("2028-02-29T12:00:00Z"));
    assertThat(t.roster().profile(t.staff(), leap.id()).birthdayToday()).isTrue();
  }

  @Test
  void upcomingBirthdays_listsTheWindowSoonestFirst_withLeapDaysHandled() {
    t.clock().set(Instant.parse("2027-02-25T12:00:00Z"));
    CustomerProfile leap =
        t.roster().add(t.staff(), Fixtures.details("Leap", "Ling", LocalDate.of(2004, 2, 29)));
    CustomerProfile march1 =
        t.roster().add(t.staff(), Fixtures.details("March", "First", LocalDate.of(2000, 3, 1)));
    CustomerProfile today =
        t.roster().add(t.staff(), Fixtures.details("Today", "Born", LocalDate.of(2010, 2, 25)));
    t.roster().add(t.staff(), Fixtures.details("Too", "Late", LocalDate.of(2000, 3, 10)));
    CustomerProfile archived =
        t.roster()
            .add(t.staff(), Fixtures.details("Archived", "Person", LocalDate.of(2000, 2, 26)));
    t.roster().archive(t.admin(), archived.id());

    List<UpcomingBirthday> upcoming = t.roster().upcomingBirthdays(t.staff(), 7);
    assertThat(upcoming)
        .extracting(b -> b.entry().id())
        .containsExactly(today.id(), leap.id(), march1.id());
    assertThat(upcoming)
        .extracting(UpcomingBirthday::date)
        .containsExactly(
            LocalDate.of(2027, 2, 25), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 1));
    assertThat(upcoming).extracting(UpcomingBirthday::turning).containsExactly(17, 23, 27);
    assertThat(t.roster().upcomingBirthdays(t.staff(), 0))
        .extracting(b -> b.entry().id())
        .containsExactly(today.id());
  }

  @Test
  void upcomingBirthdays_acrossTheNewYear() {
    t.clock().set(Instant.parse("2026-12-30T12:00:00Z"));
    CustomerProfile jan2 =
        t.roster().add(t.staff(), Fixtures.details("New", "Year", LocalDate.of(1999, 1, 2)));
    List<UpcomingBirthday> upcoming = t.roster().upcomingBirthdays(t.staff(), 5);
    assertThat(upcoming)
        .extracting(UpcomingBirthday::date)
        .containsExactly(LocalDate.of(2027, 1, 2));
    assertThat(upcoming.get(0).entry().id()).isEqualTo(jan2.id());
    assertThat(upcoming.get(0).turning()).isEqualTo(28);
  }

  @Test
  void auditTrail_recordsWhoWhatWhenAndBeforeAndAfter() {
    CustomerProfile ada = t.roster().add(t.staff(), Fixtures.details("Ada", "Lovelace"));
    t.clock().advance(Duration.ofMinutes(5));
    Caller admin = t.admin().withReason("customer asked at the desk");
    t.roster()
        .update(admin, ada.id(), 1, ada.details().withLastName("King").withPhone("020 7946 0018"));
    t.roster().archive(t.admin(), ada.id());

    List<AuditEntry> trail =
        t.sdk().audit().forCustomer(t.owner(), ada.id(), PageRequest.first(10)).items();
    assertThat(trail)
        .extracting(AuditEntry::action)
        .containsExactly("customer.created", "customer.updated", "customer.archived");
    AuditEntry update = trail.get(1);
    assertThat(update.actor()).isEqualTo("staff:admin(ADMIN)");
    assertThat(update.reason()).isEqualTo("customer asked at the desk");
    assertThat(update.at()).isEqualTo(Instant.parse("2026-03-02T10:05:00Z"));
    assertThat(update.changes())
        .containsExactly(
            new FieldChange("lastName", "Lovelace", "King"),
            new FieldChange("phone", null, "020 7946 0018"));
    assertThat(trail.get(0).changes()).contains(new FieldChange("firstName", null, "Ada"));
    assertThat(trail.get(0).actor()).isEqualTo("staff:front-desk(STAFF)");
  }

  @Test
  void events_areDeliveredAfterCommit_forEachChange() {
    CustomerProfile ada = t.roster().add(t.staff(), Fixtures.details("Ada", "Lovelace"));
    t.roster().update(t.staff(), ada.id(), 1, ada.details().withPhone("020 7946 0018"));
    t.roster().archive(t.admin(), ada.id());
    t.roster().unarchive(t.admin(), ada.id());
    assertThat(t.events().events())
        .hasExactlyElementsOfTypes(
            CustomerEvent.Created.class,
            CustomerEvent.Updated.class,
            CustomerEvent.Archived.class,
            CustomerEvent.Unarchived.class);
    assertThat(t.events().eventsOf(CustomerEvent.Updated.class).get(0).fields())
        .containsExactly("phone");
    assertThat(t.events().events())
        .allSatisfy(e -> assertThat(((CustomerEvent) e).customerId()).isEqualTo(ada.id()));
    assertThat(t.sdk().deliverPendingEvents()).isZero();
  }

  @Test
  void events_aFailedCallPublishesNothing() {
    t.roster().add(t.staff(), Fixtures.details("Ada", "Lovelace"));
    t.events().clear();
    assertThatThrownBy(() -> t.roster().add(t.staff(), Fixtures.details("Ada", "Lovelace")))
        .isInstanceOf(ConflictException.class);
    assertThat(t.events().events()).isEmpty();
    assertThat(t.sdk().deliverPendingEvents()).isZero();
  }

  @Test
  void permissions_staffCannotArchive_selfReadsOnlyOwnProfile_guardianWithoutLinkIsRefused() {
    CustomerProfile ada = t.roster().add(t.staff(), Fixtures.details("Ada", "Lovelace"));
    CustomerProfile bob = t.roster().add(t.staff(), Fixtures.details("Bob", "Babbage"));
    assertThatThrownBy(() -> t.roster().archive(t.staff(), ada.id()))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("archive");
    Caller adaHerself = Caller.of(t.organization().id(), Actor.self(ada.person().id()));
    assertThat(t.roster().profile(adaHerself, ada.id()).id()).isEqualTo(ada.id());
    CustomerProfile selfUpdated =
        t.roster().update(adaHerself, ada.id(), 1, ada.details().withPhone("020 7946 0018"));
    assertThat(selfUpdated.person().phone()).isEqualTo("020 7946 0018");
    assertThatThrownBy(() -> t.roster().profile(adaHerself, bob.id()))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> t.roster().list(adaHerself, CustomerQuery.active()))
        .isInstanceOf(PermissionDeniedException.class);
    Caller guardian =
        Caller.of(t.organization().id(), Actor.guardian(bob.person().id(), ada.person().id()));
    assertThatThrownBy(() -> t.roster().profile(guardian, ada.id()))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("guardian link");
    assertThatThrownBy(() -> t.sdk().audit().forCustomer(t.staff(), ada.id(), PageRequest.first(5)))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(t.roster().profile(t.staff(), ada.id()).version()).isEqualTo(2);
  }

  @Test
  void tenancy_aCustomerOfAnotherOrganizationIsNotFound() {
    Organization other = t.newOrganization("Other Studio");
    CustomerProfile ada = t.roster().add(t.staff(), Fixtures.details("Ada", "Lovelace"));
    Caller otherStaff = Fixtures.owner(other.id());
    assertThatThrownBy(() -> t.roster().profile(otherStaff, ada.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> t.roster().update(otherStaff, ada.id(), 1, ada.details().withLastName("X")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> t.roster().archive(otherStaff, ada.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> t.sdk().audit().forCustomer(otherStaff, ada.id(), PageRequest.first(5)))
        .isInstanceOf(NotFoundException.class);
    assertThat(t.roster().profile(t.staff(), ada.id()).person().lastName()).isEqualTo("Lovelace");
  }

  @Test
  void unknownOrganizationOrCustomer_isNotFoundNamingTheId() {
    OrganizationId ghostOrg = OrganizationId.parse("00000000-0000-7000-8000-00000000abcd");
    assertThatThrownBy(
            () -> t.roster().add(Fixtures.staff(ghostOrg), Fixtures.details("Ada", "Lovelace")))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.entity()).isEqualTo("organization");
              assertThat(e.id()).isEqualTo(ghostOrg.toString());
            });
    CustomerId ghost = CustomerId.parse("00000000-0000-7000-8000-00000000beef");
    assertThatThrownBy(() -> t.roster().profile(t.staff(), ghost))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.entity()).isEqualTo("customer");
              assertThat(e.getMessage()).contains(ghost.toString());
            });
    assertThatThrownBy(() -> t.sdk().organizations().get(ghostOrg))
        .isInstanceOf(NotFoundException.class);
    assertThat(
            t.roster().list(t.staff(), CustomerQuery.active().withStatus(StatusFilter.ALL)).items())
        .isEmpty();
  }
}
