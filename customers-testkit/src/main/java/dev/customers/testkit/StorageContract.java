package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.NotFoundException;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.PersonId;
import dev.customers.api.ValidationException;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.Customer;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.CustomerSort;
import dev.customers.api.roster.CustomerStatus;
import dev.customers.api.roster.EmailAddress;
import dev.customers.api.roster.MatchTier;
import dev.customers.api.roster.Person;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.roster.SortDirection;
import dev.customers.api.roster.StatusFilter;
import dev.customers.api.spi.Criterion;
import dev.customers.api.spi.IdSource;
import dev.customers.api.spi.OutboxMessage;
import dev.customers.api.spi.Storage;
import dev.customers.api.spi.StoreWork;
import dev.customers.core.internal.UuidV7Source;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every storage adapter must have. An adapter's test extends this class and returns
 * a fresh, empty storage from {@link #newStorage()}; every store method is exercised here, including
 * versions, paging, sorting, archive and isolation between organizations.
 */
public abstract class StorageContract {
  private final FixedClock clock = FixedClock.at("2026-03-02T10:00:00Z");
  private final IdSource ids = new UuidV7Source(clock);
  protected Storage storage;
  protected Organization orgA;
  protected Organization orgB;

  /** A new storage with no data in it (its own schema or database, for a server-backed adapter). */
  protected abstract Storage newStorage();

  /** Drops what {@link #newStorage()} made; the default closes the storage. */
  protected void dropStorage(Storage storage) {
    storage.close();
  }

  @BeforeEach
  void setUpStorage() {
    storage = newStorage();
    orgA = organization("Studio A");
    orgB = organization("Studio B");
  }

  @AfterEach
  void tearDownStorage() {
    if (storage != null) { // null when newStorage() skipped the test (a database server that is not running)
      dropStorage(storage);
    }
  }

  // ---- organizations

  @Test
  void organizations_insert_thenFind() {
    Organization org = organization("Pilates Place");
    assertThat(optional(s -> s.organizations().find(org.id()))).contains(org);
  }

  @Test
  void organizations_find_unknown_isEmpty() {
    assertThat(optional(s -> s.organizations().find(OrganizationId.of(ids.next())))).isEmpty();
  }

  @Test
  void organizations_list_pagesInCreationOrder() {
    List<Organization> created = new ArrayList<>(List.of(orgA, orgB));
    for (int i = 0; i < 3; i++) {
      created.add(organization("Studio " + i));
    }
    List<Organization> listed = new ArrayList<>();
    PageRequest page = PageRequest.first(2);
    while (true) {
      PageRequest request = page;
      Page<Organization> p = tx(s -> s.organizations().list(request));
      listed.addAll(p.items());
      if (!p.hasMore()) {
        break;
      }
      page = page.after(p.nextCursor());
    }
    assertThat(listed).containsExactlyElementsOf(created);
  }

  @Test
  void organizations_insert_sameIdTwice_conflicts() {
    assertThatThrownBy(() -> tx(s -> {
      s.organizations().insert(orgA);
      return null;
    })).isInstanceOf(ConflictException.class);
  }

  // ---- persons

  @Test
  void persons_insert_thenFind() {
    Person person = person("Ada", "Lovelace", "ada@example.com");
    insertPerson(person);
    assertThat(optional(s -> s.persons().find(person.id()))).contains(person);
  }

  @Test
  void persons_insert_keepsAbsentOptionalFields() {
    Person person = new Person(PersonId.of(ids.next()), "Kid", "", null, null, null, null, now(), now(), 1);
    insertPerson(person);
    assertThat(optional(s -> s.persons().find(person.id()))).contains(person);
  }

  @Test
  void persons_find_unknown_isEmpty() {
    assertThat(optional(s -> s.persons().find(PersonId.of(ids.next())))).isEmpty();
  }

  @Test
  void persons_update_withCurrentVersion_replaces() {
    Person person = insertPerson(person("Ada", "Lovelace", "ada@example.com"));
    Person changed = person.withDetails("Augusta", "King", EmailAddress.of("augusta@example.com"), "aking",
        "+44 20 7946 0000", LocalDate.of(1815, 12, 10), later());
    tx(s -> {
      s.persons().update(changed, 1);
      return null;
    });
    assertThat(optional(s -> s.persons().find(person.id()))).contains(changed);
  }

  @Test
  void persons_update_withStaleVersion_conflictsAndKeepsStoredPerson() {
    Person person = insertPerson(person("Ada", "Lovelace", "ada@example.com"));
    Person changed = person.withDetails("Augusta", "King", null, null, null, null, later());
    assertThatThrownBy(() -> tx(s -> {
      s.persons().update(changed, 7);
      return null;
    })).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
    assertThat(optional(s -> s.persons().find(person.id()))).contains(person);
  }

  @Test
  void persons_update_unknown_isNotFound() {
    Person ghost = person("Ghost", "Writer", null);
    assertThatThrownBy(() -> tx(s -> {
      s.persons().update(ghost.withDetails("G", "W", null, null, null, null, later()), 1);
      return null;
    })).isInstanceOf(NotFoundException.class);
  }

  @Test
  void persons_update_toEmailOfAnotherActiveCustomer_conflicts() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    RosterEntry bob = addCustomer(orgA, "Bob", "Babbage", "bob@example.com");
    Person taken = bob.person().withDetails("Bob", "Babbage", EmailAddress.of("ADA@example.com"), null, null, null, later());
    assertThatThrownBy(() -> tx(s -> {
      s.persons().update(taken, 1);
      return null;
    })).isInstanceOfSatisfying(ConflictException.class, e -> {
      assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE);
      assertThat(e.existingId()).contains(ada.id().toString());
    });
    assertThat(optional(s -> s.persons().find(bob.person().id()))).contains(bob.person());
  }

  @Test
  void persons_update_emailUsedOnlyInAnotherOrganization_isAllowed() {
    addCustomer(orgB, "Ada", "Lovelace", "ada@example.com");
    RosterEntry bob = addCustomer(orgA, "Bob", "Babbage", "bob@example.com");
    Person changed = bob.person().withDetails("Bob", "Babbage", EmailAddress.of("ada@example.com"), null, null, null, later());
    tx(s -> {
      s.persons().update(changed, 1);
      return null;
    });
    assertThat(optional(s -> s.customers().findActiveByEmail(orgA.id(), "ada@example.com")))
        .map(RosterEntry::id).contains(bob.id());
    assertThat(optional(s -> s.customers().findActiveByEmail(orgA.id(), "bob@example.com"))).isEmpty();
  }

  // ---- customers: insert, find, update

  @Test
  void customers_insert_thenFindWithPerson() {
    RosterEntry entry = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    assertThat(optional(s -> s.customers().find(orgA.id(), entry.id()))).contains(entry);
  }

  @Test
  void customers_find_inAnotherOrganization_isEmpty() {
    RosterEntry entry = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    assertThat(optional(s -> s.customers().find(orgB.id(), entry.id()))).isEmpty();
    assertThat(optional(s -> s.customers().findByPerson(orgB.id(), entry.person().id()))).isEmpty();
  }

  @Test
  void customers_findByPerson_findsTheRosterEntry() {
    RosterEntry entry = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    assertThat(optional(s -> s.customers().findByPerson(orgA.id(), entry.person().id()))).contains(entry.customer());
    assertThat(optional(s -> s.customers().findByPerson(orgA.id(), PersonId.of(ids.next())))).isEmpty();
  }

  @Test
  void customers_insert_samePersonTwiceInOneOrganization_conflicts() {
    RosterEntry entry = addCustomer(orgA, "Ada", "Lovelace", null);
    Customer again = customer(orgA, entry.person(), LocalDate.of(2026, 3, 2));
    assertThatThrownBy(() -> tx(s -> {
      s.customers().insert(again);
      return null;
    })).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.existingId()).contains(entry.id().toString()));
    assertThat(optional(s -> s.customers().find(orgA.id(), again.id()))).isEmpty();
  }

  @Test
  void customers_insert_samePersonInTwoOrganizations_isAllowed() {
    RosterEntry entry = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    Customer inB = customer(orgB, entry.person(), LocalDate.of(2026, 3, 2));
    tx(s -> {
      s.customers().insert(inB);
      return null;
    });
    assertThat(optional(s -> s.customers().find(orgB.id(), inB.id()))).map(RosterEntry::person).contains(entry.person());
  }

  @Test
  void customers_insert_secondActiveCustomerWithSameEmail_conflictsAndStoresNothing() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    Person twin = person("Ada", "Twin", "Ada@Example.com");
    Customer twinCustomer = customer(orgA, twin, LocalDate.of(2026, 3, 2));
    assertThatThrownBy(() -> tx(s -> {
      s.persons().insert(twin);
      s.customers().insert(twinCustomer);
      return null;
    })).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.existingId()).contains(ada.id().toString()));
    assertThat(optional(s -> s.persons().find(twin.id()))).isEmpty();
    assertThat(optional(s -> s.customers().find(orgA.id(), twinCustomer.id()))).isEmpty();
  }

  @Test
  void customers_findActiveByEmail_ignoresArchivedAndOtherOrganizations() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    addCustomer(orgB, "Bob", "Babbage", "bob@example.com");
    assertThat(optional(s -> s.customers().findActiveByEmail(orgA.id(), "ada@example.com"))).contains(ada);
    assertThat(optional(s -> s.customers().findActiveByEmail(orgA.id(), "bob@example.com"))).isEmpty();
    archive(ada);
    assertThat(optional(s -> s.customers().findActiveByEmail(orgA.id(), "ada@example.com"))).isEmpty();
  }

  @Test
  void customers_archivedCustomer_freesTheEmailAndCannotBeUnarchivedOntoATakenOne() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    Customer archived = archive(ada);
    RosterEntry newAda = addCustomer(orgA, "Ada", "Again", "ada@example.com");
    Customer unarchived = archived.unarchived(later());
    assertThatThrownBy(() -> tx(s -> {
      s.customers().update(unarchived, archived.version());
      return null;
    })).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.existingId()).contains(newAda.id().toString()));
    assertThat(optional(s -> s.customers().find(orgA.id(), ada.id()))).map(e -> e.customer().status()).contains(CustomerStatus.ARCHIVED);
  }

  @Test
  void customers_update_withCurrentVersion_replaces() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    Customer touched = ada.customer().touched(later());
    tx(s -> {
      s.customers().update(touched, 1);
      return null;
    });
    assertThat(optional(s -> s.customers().find(orgA.id(), ada.id()))).map(RosterEntry::customer).contains(touched);
  }

  @Test
  void customers_update_withStaleVersion_conflictsAndChangesNothing() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    Customer touched = ada.customer().touched(later());
    tx(s -> {
      s.customers().update(touched, 1);
      return null;
    });
    Customer stale = ada.customer().archived(later());
    assertThatThrownBy(() -> tx(s -> {
      s.customers().update(stale, 1);
      return null;
    })).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
    assertThat(optional(s -> s.customers().find(orgA.id(), ada.id()))).map(RosterEntry::customer).contains(touched);
  }

  @Test
  void customers_update_unknownOrInAnotherOrganization_isNotFound() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    Customer c = ada.customer();
    Customer elsewhere = new Customer(c.id(), orgB.id(), c.personId(), c.status(), c.joinedOn(), c.createdAt(),
        later(), null, 2);
    assertThatThrownBy(() -> tx(s -> {
      s.customers().update(elsewhere, 1);
      return null;
    })).isInstanceOf(NotFoundException.class);
    assertThat(optional(s -> s.customers().find(orgA.id(), ada.id()))).contains(ada);
  }

  // ---- customers: list

  @Test
  void customers_list_byName_ordersIgnoringCaseAndAccents_andPagesEachOnce() {
    List<String> lastNames = List.of("zola", "Émile", "Abbott", "brown", "Cohen", "ábel", "Dunn", "evans");
    for (String last : lastNames) {
      addCustomer(orgA, "Sam", last, null);
    }
    List<RosterEntry> all = readAll(q -> q, CustomerQuery.active().withLimit(3));
    assertThat(all).extracting(e -> e.person().lastName())
        .containsExactly("Abbott", "ábel", "brown", "Cohen", "Dunn", "Émile", "evans", "zola");
  }

  @Test
  void customers_list_byName_tiesBrokenById() {
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(addCustomer(orgA, "Sam", "Same", null).id());
    }
    List<RosterEntry> all = readAll(q -> q, CustomerQuery.active().withLimit(2));
    assertThat(all).extracting(RosterEntry::id).containsExactlyElementsOf(ids.stream().sorted().toList());
  }

  @Test
  void customers_list_byJoined_bothDirections() {
    RosterEntry first = addCustomer(orgA, "A", "First", null, LocalDate.of(2020, 1, 5));
    RosterEntry second = addCustomer(orgA, "B", "Second", null, LocalDate.of(2021, 6, 1));
    RosterEntry third = addCustomer(orgA, "C", "Third", null, LocalDate.of(2024, 2, 29));
    CustomerQuery byJoined = CustomerQuery.active().withLimit(2);
    assertThat(readAll(q -> q, byJoined.sortedBy(CustomerSort.JOINED, SortDirection.ASC)))
        .extracting(RosterEntry::id).containsExactly(first.id(), second.id(), third.id());
    assertThat(readAll(q -> q, byJoined.sortedBy(CustomerSort.JOINED, SortDirection.DESC)))
        .extracting(RosterEntry::id).containsExactly(third.id(), second.id(), first.id());
  }

  @Test
  void customers_list_byNameDescending_isTheReverse() {
    for (String last : List.of("Cohen", "Abbott", "Dunn", "Brown")) {
      addCustomer(orgA, "Sam", last, null);
    }
    assertThat(readAll(q -> q, CustomerQuery.active().sortedBy(CustomerSort.NAME, SortDirection.DESC).withLimit(3)))
        .extracting(e -> e.person().lastName()).containsExactly("Dunn", "Cohen", "Brown", "Abbott");
  }

  @Test
  void customers_list_statusFilter_leavesArchivedOutUnlessAsked() {
    RosterEntry active = addCustomer(orgA, "Ann", "Active", null);
    RosterEntry gone = addCustomer(orgA, "Ann", "Gone", null);
    archive(gone);
    assertThat(readAll(q -> q, CustomerQuery.active())).extracting(RosterEntry::id).containsExactly(active.id());
    assertThat(readAll(q -> q, CustomerQuery.active().withStatus(StatusFilter.ARCHIVED)))
        .extracting(RosterEntry::id).containsExactly(gone.id());
    assertThat(readAll(q -> q, CustomerQuery.active().withStatus(StatusFilter.ALL)))
        .extracting(RosterEntry::id).containsExactlyInAnyOrder(active.id(), gone.id());
  }

  @Test
  void customers_list_neverShowsAnotherOrganization() {
    addCustomer(orgB, "Bea", "Other", null);
    RosterEntry mine = addCustomer(orgA, "Ann", "Mine", null);
    assertThat(readAll(q -> q, CustomerQuery.active().withStatus(StatusFilter.ALL)))
        .extracting(RosterEntry::id).containsExactly(mine.id());
  }

  @Test
  void customers_list_lastPageHasNoCursor() {
    addCustomer(orgA, "Ann", "One", null);
    addCustomer(orgA, "Ann", "Two", null);
    Page<RosterEntry> page = tx(s -> s.customers().list(orgA.id(), CustomerQuery.active().withLimit(2), Criterion.none()));
    assertThat(page.items()).hasSize(2);
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void customers_list_foreignCursor_isAValidationErrorNamingCursor() {
    assertThatThrownBy(() -> tx(s -> s.customers().list(orgA.id(), CustomerQuery.active().after("not-a-cursor"), Criterion.none())))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("cursor"));
  }

  // ---- customers: search

  @Test
  void customers_search_ranksExactEmailThenPrefixThenSubstring() {
    RosterEntry substring = addCustomer(orgA, "Anna", "Delamar", "anna@example.com");
    RosterEntry prefix = addCustomer(orgA, "Marla", "Jones", "mj@example.com");
    RosterEntry exact = addCustomer(orgA, "Zed", "Zulu", "mar@example.com");
    List<SearchHit> hits = searchAll(SearchQuery.of("mar@example.com"));
    assertThat(hits).extracting(h -> h.entry().id()).containsExactly(exact.id());
    hits = searchAll(SearchQuery.of("mar"));
    assertThat(hits).extracting(h -> h.entry().id()).containsExactly(prefix.id(), exact.id(), substring.id());
    assertThat(hits).extracting(SearchHit::tier).containsExactly(MatchTier.PREFIX, MatchTier.PREFIX, MatchTier.SUBSTRING);
    assertThat(searchAll(SearchQuery.of("Mar@Example.COM"))).extracting(SearchHit::tier).containsExactly(MatchTier.EXACT_EMAIL);
  }

  @Test
  void customers_search_ignoresCaseAndAccents() {
    RosterEntry zoe = addCustomer(orgA, "Zoë", "Ångström", null);
    assertThat(searchAll(SearchQuery.of("ZOE"))).extracting(h -> h.entry().id()).containsExactly(zoe.id());
    assertThat(searchAll(SearchQuery.of("angst"))).extracting(h -> h.entry().id()).containsExactly(zoe.id());
    assertThat(searchAll(SearchQuery.of("zoë ångström"))).extracting(h -> h.entry().id()).containsExactly(zoe.id());
  }

  @Test
  void customers_search_matchesUsernameAndPhoneDigits() {
    Person person = new Person(PersonId.of(ids.next()), "Pat", "Phone", null, "yogafan_77", "+1 (555) 010-4477",
        null, now(), now(), 1);
    insertPerson(person);
    Customer customer = customer(orgA, person, LocalDate.of(2026, 1, 1));
    tx(s -> {
      s.customers().insert(customer);
      return null;
    });
    assertThat(searchAll(SearchQuery.of("yogafan"))).extracting(h -> h.entry().id()).containsExactly(customer.id());
    assertThat(searchAll(SearchQuery.of("555-010"))).extracting(h -> h.entry().id()).containsExactly(customer.id());
    assertThat(searchAll(SearchQuery.of("4477"))).extracting(SearchHit::tier).containsExactly(MatchTier.SUBSTRING);
    assertThat(searchAll(SearchQuery.of("9999"))).isEmpty();
  }

  @Test
  void customers_search_treatsLikeWildcardsAsPlainText() {
    RosterEntry percent = addCustomer(orgA, "Per%cent", "Sign", null);
    addCustomer(orgA, "Percent", "Plain", null);
    RosterEntry underscore = addCustomer(orgA, "Under_score", "Name", null);
    addCustomer(orgA, "Underxscore", "Name", null);
    assertThat(searchAll(SearchQuery.of("r%c"))).extracting(h -> h.entry().id()).containsExactly(percent.id());
    assertThat(searchAll(SearchQuery.of("under_"))).extracting(h -> h.entry().id()).containsExactly(underscore.id());
    RosterEntry backslash = addCustomer(orgA, "Back\\slash", "Name", null);
    assertThat(searchAll(SearchQuery.of("k\\s"))).extracting(h -> h.entry().id()).containsExactly(backslash.id());
    assertThat(searchAll(SearchQuery.of("\\"))).extracting(h -> h.entry().id()).containsExactly(backslash.id());
  }

  @Test
  void customers_search_pagesEachHitOnce() {
    List<CustomerId> expected = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      expected.add(addCustomer(orgA, "Kim", "Lee" + (char) ('a' + i), "kim" + i + "@example.com").id());
    }
    addCustomer(orgA, "Nobody", "Else", null);
    List<SearchHit> hits = searchAll(SearchQuery.of("kim").withLimit(4));
    assertThat(hits).extracting(h -> h.entry().id()).containsExactlyElementsOf(expected);
  }

  @Test
  void customers_search_leavesOutArchivedUnlessAsked_andOtherOrganizations() {
    RosterEntry active = addCustomer(orgA, "Robin", "Hood", null);
    RosterEntry archived = addCustomer(orgA, "Robin", "Archer", null);
    archive(archived);
    addCustomer(orgB, "Robin", "Elsewhere", null);
    assertThat(searchAll(SearchQuery.of("robin"))).extracting(h -> h.entry().id()).containsExactly(active.id());
    assertThat(searchAll(SearchQuery.of("robin").withStatus(StatusFilter.ALL)))
        .extracting(h -> h.entry().id()).containsExactlyInAnyOrder(active.id(), archived.id());
    assertThat(searchAll(SearchQuery.of("robin").withStatus(StatusFilter.ARCHIVED)))
        .extracting(h -> h.entry().id()).containsExactly(archived.id());
  }

  @Test
  void customers_search_seesUpdatedDetails() {
    RosterEntry entry = addCustomer(orgA, "Old", "Name", null);
    Person renamed = entry.person().withDetails("New", "Surname", null, null, null, null, later());
    tx(s -> {
      s.persons().update(renamed, 1);
      return null;
    });
    assertThat(searchAll(SearchQuery.of("old"))).isEmpty();
    assertThat(searchAll(SearchQuery.of("surn"))).extracting(h -> h.entry().person()).containsExactly(renamed);
  }

  @Test
  void customers_search_foreignCursor_isAValidationError() {
    assertThatThrownBy(() -> tx(s -> s.customers().search(orgA.id(), SearchQuery.of("x").after("bogus"), Criterion.none(), Set.of())))
        .isInstanceOf(ValidationException.class);
  }

  // ---- customers: birthdays

  @Test
  void customers_withBirthdays_findsActiveCustomersBornOnTheDays() {
    RosterEntry march3 = addCustomer(orgA, "Mar", "Three", null, null, LocalDate.of(1990, 3, 3));
    RosterEntry leap = addCustomer(orgA, "Leap", "Day", null, null, LocalDate.of(2000, 2, 29));
    addCustomer(orgA, "Other", "Day", null, null, LocalDate.of(1990, 3, 4));
    RosterEntry archived = addCustomer(orgA, "Gone", "Three", null, null, LocalDate.of(1980, 3, 3));
    archive(archived);
    addCustomer(orgB, "Other", "Org", null, null, LocalDate.of(1985, 3, 3));
    List<RosterEntry> found = list(s -> s.customers().withBirthdays(orgA.id(),
        Set.of(MonthDay.of(3, 3), MonthDay.of(2, 29))));
    assertThat(found).extracting(RosterEntry::id).containsExactlyInAnyOrder(march3.id(), leap.id());
  }

  // ---- audit

  @Test
  void audit_append_thenReadPerCustomerInOrder() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    RosterEntry bob = addCustomer(orgA, "Bob", "Babbage", null);
    List<AuditEntry> written = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      written.add(auditEntry(orgA.id(), ada.id(), "customer.updated", new FieldChange("phone", "v" + i, "v" + (i + 1))));
      clock.advance(Duration.ofSeconds(1));
    }
    auditEntry(orgA.id(), bob.id(), "customer.updated", new FieldChange("phone", null, "1"));
    List<AuditEntry> read = new ArrayList<>();
    PageRequest page = PageRequest.first(2);
    while (true) {
      PageRequest request = page;
      Page<AuditEntry> p = tx(s -> s.audit().forCustomer(orgA.id(), ada.id(), request));
      read.addAll(p.items());
      if (!p.hasMore()) {
        break;
      }
      page = page.after(p.nextCursor());
    }
    assertThat(read).containsExactlyElementsOf(written);
  }

  @Test
  void audit_neverShowsAnotherOrganization() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    auditEntry(orgA.id(), ada.id(), "customer.created", new FieldChange("status", null, "ACTIVE"));
    assertThat(tx(s -> s.audit().forCustomer(orgB.id(), ada.id(), PageRequest.first(10))).items()).isEmpty();
  }

  // ---- outbox

  @Test
  void outbox_append_pendingOldestFirst_thenMarkDelivered() {
    List<OutboxMessage> messages = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      OutboxMessage message = new OutboxMessage(ids.next(), orgA.id(), "test.event", later(), "{\"n\":" + i + "}");
      messages.add(message);
      tx(s -> {
        s.outbox().append(message);
        return null;
      });
    }
    assertThat(list(s -> s.outbox().pending(10))).containsExactlyElementsOf(messages);
    assertThat(list(s -> s.outbox().pending(2))).containsExactlyElementsOf(messages.subList(0, 2));
    tx(s -> {
      s.outbox().markDelivered(List.of(messages.get(0).id(), messages.get(2).id(), UUID.fromString("00000000-0000-7000-8000-000000000000")));
      return null;
    });
    assertThat(list(s -> s.outbox().pending(10))).containsExactly(messages.get(1), messages.get(3));
  }

  // ---- transactions

  @Test
  void transaction_thatThrows_leavesNothingBehind() {
    Person person = person("Half", "Written", "half@example.com");
    Customer customer = customer(orgA, person, LocalDate.of(2026, 3, 2));
    OutboxMessage message = new OutboxMessage(ids.next(), orgA.id(), "test.event", now(), "{}");
    assertThatThrownBy(() -> tx(s -> {
      s.persons().insert(person);
      s.customers().insert(customer);
      s.outbox().append(message);
      s.audit().append(new AuditEntry(ids.next(), orgA.id(), customer.id(), "customer.created", "test", null, now(), List.of()));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");
    assertThat(optional(s -> s.persons().find(person.id()))).isEmpty();
    assertThat(optional(s -> s.customers().find(orgA.id(), customer.id()))).isEmpty();
    assertThat(optional(s -> s.customers().findActiveByEmail(orgA.id(), "half@example.com"))).isEmpty();
    assertThat(list(s -> s.outbox().pending(10))).isEmpty();
    assertThat(tx(s -> s.audit().forCustomer(orgA.id(), customer.id(), PageRequest.first(10))).items()).isEmpty();
  }

  @Test
  void transaction_thatThrows_undoesUpdatesToo() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    assertThatThrownBy(() -> tx(s -> {
      s.persons().update(ada.person().withDetails("X", "Y", EmailAddress.of("x@example.com"), null, null, null, later()), 1);
      s.customers().update(ada.customer().archived(later()), 1);
      throw new IllegalStateException("boom");
    })).hasMessage("boom");
    assertThat(optional(s -> s.customers().find(orgA.id(), ada.id()))).contains(ada);
    assertThat(optional(s -> s.customers().findActiveByEmail(orgA.id(), "ada@example.com"))).contains(ada);
    assertThat(optional(s -> s.customers().findActiveByEmail(orgA.id(), "x@example.com"))).isEmpty();
  }

  @Test
  void transaction_nested_joinsTheOuterOne() {
    Person person = person("Nested", "Call", null);
    assertThatThrownBy(() -> tx(s -> {
      storage.inTransaction(inner -> {
        inner.persons().insert(person);
        return null;
      });
      throw new IllegalStateException("outer fails");
    })).hasMessage("outer fails");
    assertThat(optional(s -> s.persons().find(person.id()))).isEmpty();
  }

  @Test
  void read_seesCommittedData() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    Optional<RosterEntry> found = storage.read(s -> s.customers().find(orgA.id(), ada.id()));
    assertThat(found).contains(ada);
  }

  // ---- helpers for subclasses and the tests above

  protected final <T> T tx(StoreWork<T> work) {
    return storage.inTransaction(work);
  }

  protected final <T> Optional<T> optional(StoreWork<Optional<T>> work) {
    return storage.inTransaction(work);
  }

  protected final <T> List<T> list(StoreWork<List<T>> work) {
    return storage.inTransaction(work);
  }

  /** A new time-ordered id. */
  protected final UUID newId() {
    return ids.next();
  }

  protected final Instant now() {
    return clock.instant();
  }

  /** A moment after everything written so far, cut to microseconds as the SDK does. */
  protected final Instant later() {
    clock.advance(Duration.ofMillis(1500));
    return clock.instant();
  }

  protected final Organization organization(String name) {
    Organization org = new Organization(OrganizationId.of(ids.next()), name, ZoneId.of("Europe/London"), now());
    tx(s -> {
      s.organizations().insert(org);
      return null;
    });
    return org;
  }

  protected final Person person(String first, String last, @Nullable String email) {
    return new Person(PersonId.of(ids.next()), first, last, email == null ? null : EmailAddress.of(email), null, null,
        null, now(), now(), 1);
  }

  protected final Person insertPerson(Person person) {
    tx(s -> {
      s.persons().insert(person);
      return null;
    });
    return person;
  }

  protected final Customer customer(Organization org, Person person, LocalDate joinedOn) {
    return new Customer(CustomerId.of(ids.next()), org.id(), person.id(), CustomerStatus.ACTIVE, joinedOn, now(), now(),
        null, 1);
  }

  protected final RosterEntry addCustomer(Organization org, String first, String last, @Nullable String email) {
    return addCustomer(org, first, last, email, LocalDate.of(2026, 3, 2));
  }

  protected final RosterEntry addCustomer(Organization org, String first, String last, @Nullable String email, LocalDate joinedOn) {
    return addCustomer(org, first, last, email, joinedOn, null);
  }

  protected final RosterEntry addCustomer(Organization org, String first, String last, @Nullable String email,
      @Nullable LocalDate joinedOn, @Nullable LocalDate birthday) {
    Person person = new Person(PersonId.of(ids.next()), first, last, email == null ? null : EmailAddress.of(email), null,
        null, birthday, now(), now(), 1);
    Customer customer = customer(org, person, joinedOn == null ? LocalDate.of(2026, 3, 2) : joinedOn);
    tx(s -> {
      s.persons().insert(person);
      s.customers().insert(customer);
      return null;
    });
    return new RosterEntry(customer, person);
  }

  protected final Customer archive(RosterEntry entry) {
    Customer current = tx(s -> s.customers().find(entry.customer().organizationId(), entry.id())).orElseThrow().customer();
    Customer archived = current.archived(later());
    tx(s -> {
      s.customers().update(archived, current.version());
      return null;
    });
    return archived;
  }

  private AuditEntry auditEntry(OrganizationId org, CustomerId customer, String action, FieldChange change) {
    AuditEntry entry = new AuditEntry(ids.next(), org, customer, action, "staff:test(OWNER)", "because", now(), List.of(change));
    tx(s -> {
      s.audit().append(entry);
      return null;
    });
    return entry;
  }

  private List<RosterEntry> readAll(Function<CustomerQuery, CustomerQuery> adjust, CustomerQuery first) {
    List<RosterEntry> all = new ArrayList<>();
    CustomerQuery query = adjust.apply(first);
    for (int guard = 0; guard < 1000; guard++) {
      CustomerQuery q = query;
      Page<RosterEntry> page = tx(s -> s.customers().list(orgA.id(), q, Criterion.none()));
      all.addAll(page.items());
      if (!page.hasMore()) {
        return all;
      }
      query = query.after(page.nextCursor());
    }
    throw new AssertionError("paging did not end");
  }

  private List<SearchHit> searchAll(SearchQuery first) {
    List<SearchHit> all = new ArrayList<>();
    SearchQuery query = first;
    for (int guard = 0; guard < 1000; guard++) {
      SearchQuery q = query;
      Page<SearchHit> page = tx(s -> s.customers().search(orgA.id(), q, Criterion.none(), Set.of()));
      all.addAll(page.items());
      if (!page.hasMore()) {
        return all;
      }
      query = query.after(page.nextCursor());
    }
    throw new AssertionError("paging did not end");
  }

}
