package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.NotFoundException;
import dev.customers.api.Page;
import dev.customers.api.PersonId;
import dev.customers.api.ValidationException;
import dev.customers.api.roster.Customer;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.CustomerSort;
import dev.customers.api.roster.CustomerStatus;
import dev.customers.api.roster.MatchTier;
import dev.customers.api.roster.Person;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.roster.SortDirection;
import dev.customers.api.roster.StatusFilter;
import dev.customers.api.spi.Criterion;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.customers.api.spi.CustomerStore}: roster rules, versioned update,
 * list, search and birthdays. An adapter's test extends it (or nests it) and says how to make its
 * storage in {@link #storageUnderTest()}.
 */
public abstract class CustomerStoreContract extends StoreContractSupport {
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
    assertThat(optional(s -> s.customers().findByPerson(orgA.id(), entry.person().id())))
        .contains(entry.customer());
    assertThat(optional(s -> s.customers().findByPerson(orgA.id(), PersonId.of(ids.next()))))
        .isEmpty();
  }

  @Test
  void customers_insert_samePersonTwiceInOneOrganization_conflicts() {
    RosterEntry entry = addCustomer(orgA, "Ada", "Lovelace", null);
    Customer again = customer(orgA, entry.person(), LocalDate.of(2026, 3, 2));
    assertThatThrownBy(
            () ->
                run(
                    s -> {
                      s.customers().insert(again);
                    }))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.existingId()).contains(entry.id().toString()));
    assertThat(optional(s -> s.customers().find(orgA.id(), again.id()))).isEmpty();
  }

  @Test
  void customers_insert_samePersonInTwoOrganizations_isAllowed() {
    RosterEntry entry = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    Customer inB = customer(orgB, entry.person(), LocalDate.of(2026, 3, 2));
    run(
        s -> {
          s.customers().insert(inB);
        });
    assertThat(optional(s -> s.customers().find(orgB.id(), inB.id())))
        .map(RosterEntry::person)
        .contains(entry.person());
  }

  @Test
  void customers_insert_secondActiveCustomerWithSameEmail_conflictsAndStoresNothing() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    Person twin = person("Ada", "Twin", "Ada@Example.com");
    Customer twinCustomer = customer(orgA, twin, LocalDate.of(2026, 3, 2));
    assertThatThrownBy(
            () ->
                run(
                    s -> {
                      s.persons().insert(twin);
                      s.customers().insert(twinCustomer);
                    }))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.existingId()).contains(ada.id().toString()));
    assertThat(optional(s -> s.persons().find(twin.id()))).isEmpty();
    assertThat(optional(s -> s.customers().find(orgA.id(), twinCustomer.id()))).isEmpty();
  }

  @Test
  void customers_findActiveByEmail_ignoresArchivedAndOtherOrganizations() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    addCustomer(orgB, "Bob", "Babbage", "bob@example.com");
    assertThat(optional(s -> s.customers().findActiveByEmail(orgA.id(), "ada@example.com")))
        .contains(ada);
    assertThat(optional(s -> s.customers().findActiveByEmail(orgA.id(), "bob@example.com")))
        .isEmpty();
    archive(ada);
    assertThat(optional(s -> s.customers().findActiveByEmail(orgA.id(), "ada@example.com")))
        .isEmpty();
  }

  @Test
  void customers_archivedCustomer_freesTheEmailAndCannotBeUnarchivedOntoATakenOne() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    Customer archived = archive(ada);
    RosterEntry newAda = addCustomer(orgA, "Ada", "Again", "ada@example.com");
    Customer unarchived = archived.unarchived(later());
    assertThatThrownBy(
            () ->
                run(
                    s -> {
                      s.customers().update(unarchived, archived.version());
                    }))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.existingId()).contains(newAda.id().toString()));
    assertThat(optional(s -> s.customers().find(orgA.id(), ada.id())))
        .map(e -> e.customer().status())
        .contains(CustomerStatus.ARCHIVED);
  }

  @Test
  void customers_update_withCurrentVersion_replaces() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    Customer touched = ada.customer().touched(later());
    run(
        s -> {
          s.customers().update(touched, 1);
        });
    assertThat(optional(s -> s.customers().find(orgA.id(), ada.id())))
        .map(RosterEntry::customer)
        .contains(touched);
  }

  @Test
  void customers_update_withStaleVersion_conflictsAndChangesNothing() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    Customer touched = ada.customer().touched(later());
    run(
        s -> {
          s.customers().update(touched, 1);
        });
    Customer stale = ada.customer().archived(later());
    assertThatThrownBy(
            () ->
                run(
                    s -> {
                      s.customers().update(stale, 1);
                    }))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
    assertThat(optional(s -> s.customers().find(orgA.id(), ada.id())))
        .map(RosterEntry::customer)
        .contains(touched);
  }

  @Test
  void customers_update_unknownOrInAnotherOrganization_isNotFound() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    Customer c = ada.customer();
    Customer elsewhere =
        new Customer(
            c.id(),
            orgB.id(),
            c.personId(),
            c.status(),
            c.joinedOn(),
            c.createdAt(),
            later(),
            null,
            2);
    assertThatThrownBy(
            () ->
                run(
                    s -> {
                      s.customers().update(elsewhere, 1);
                    }))
        .isInstanceOf(NotFoundException.class);
    assertThat(optional(s -> s.customers().find(orgA.id(), ada.id()))).contains(ada);
  }

  @Test
  void customers_list_byName_ordersIgnoringCaseAndAccents_andPagesEachOnce() {
    List<String> lastNames =
        List.of("zola", "Émile", "Abbott", "brown", "Cohen", "ábel", "Dunn", "evans");
    for (String last : lastNames) {
      addCustomer(orgA, "Sam", last, null);
    }
    List<RosterEntry> all = readAll(q -> q, CustomerQuery.active().withLimit(3));
    assertThat(all)
        .extracting(e -> e.person().lastName())
        .containsExactly("Abbott", "ábel", "brown", "Cohen", "Dunn", "Émile", "evans", "zola");
  }

  @Test
  void customers_list_byName_tiesBrokenById() {
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(addCustomer(orgA, "Sam", "Same", null).id());
    }
    List<RosterEntry> all = readAll(q -> q, CustomerQuery.active().withLimit(2));
    assertThat(all)
        .extracting(RosterEntry::id)
        .containsExactlyElementsOf(ids.stream().sorted().toList());
  }

  @Test
  void customers_list_byJoined_bothDirections() {
    RosterEntry first = addCustomer(orgA, "A", "First", null, LocalDate.of(2020, 1, 5));
    RosterEntry second = addCustomer(orgA, "B", "Second", null, LocalDate.of(2021, 6, 1));
    RosterEntry third = addCustomer(orgA, "C", "Third", null, LocalDate.of(2024, 2, 29));
    CustomerQuery byJoined = CustomerQuery.active().withLimit(2);
    assertThat(readAll(q -> q, byJoined.sortedBy(CustomerSort.JOINED, SortDirection.ASC)))
        .extracting(RosterEntry::id)
        .containsExactly(first.id(), second.id(), third.id());
    assertThat(readAll(q -> q, byJoined.sortedBy(CustomerSort.JOINED, SortDirection.DESC)))
        .extracting(RosterEntry::id)
        .containsExactly(third.id(), second.id(), first.id());
  }

  @Test
  void customers_list_byNameDescending_isTheReverse() {
    for (String last : List.of("Cohen", "Abbott", "Dunn", "Brown")) {
      addCustomer(orgA, "Sam", last, null);
    }
    assertThat(
            readAll(
                q -> q,
                CustomerQuery.active()
                    .sortedBy(CustomerSort.NAME, SortDirection.DESC)
                    .withLimit(3)))
        .extracting(e -> e.person().lastName())
        .containsExactly("Dunn", "Cohen", "Brown", "Abbott");
  }

  @Test
  void customers_list_statusFilter_leavesArchivedOutUnlessAsked() {
    RosterEntry active = addCustomer(orgA, "Ann", "Active", null);
    RosterEntry gone = addCustomer(orgA, "Ann", "Gone", null);
    archive(gone);
    assertThat(readAll(q -> q, CustomerQuery.active()))
        .extracting(RosterEntry::id)
        .containsExactly(active.id());
    assertThat(readAll(q -> q, CustomerQuery.active().withStatus(StatusFilter.ARCHIVED)))
        .extracting(RosterEntry::id)
        .containsExactly(gone.id());
    assertThat(readAll(q -> q, CustomerQuery.active().withStatus(StatusFilter.ALL)))
        .extracting(RosterEntry::id)
        .containsExactlyInAnyOrder(active.id(), gone.id());
  }

  @Test
  void customers_list_neverShowsAnotherOrganization() {
    addCustomer(orgB, "Bea", "Other", null);
    RosterEntry mine = addCustomer(orgA, "Ann", "Mine", null);
    assertThat(readAll(q -> q, CustomerQuery.active().withStatus(StatusFilter.ALL)))
        .extracting(RosterEntry::id)
        .containsExactly(mine.id());
  }

  @Test
  void customers_list_lastPageHasNoCursor() {
    addCustomer(orgA, "Ann", "One", null);
    addCustomer(orgA, "Ann", "Two", null);
    Page<RosterEntry> page =
        tx(
            s ->
                s.customers()
                    .list(orgA.id(), CustomerQuery.active().withLimit(2), Criterion.none()));
    assertThat(page.items()).hasSize(2);
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void customers_list_foreignCursor_isAValidationErrorNamingCursor() {
    assertThatThrownBy(
            () ->
                tx(
                    s ->
                        s.customers()
                            .list(
                                orgA.id(),
                                CustomerQuery.active().after("not-a-cursor"),
                                Criterion.none())))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("cursor"));
  }

  @Test
  void customers_search_ranksExactEmailThenPrefixThenSubstring() {
    RosterEntry substring = addCustomer(orgA, "Anna", "Delamar", "anna@example.com");
    RosterEntry prefix = addCustomer(orgA, "Marla", "Jones", "mj@example.com");
    RosterEntry exact = addCustomer(orgA, "Zed", "Zulu", "mar@example.com");
    List<SearchHit> hits = searchAll(SearchQuery.of("mar@example.com"));
    assertThat(hits).extracting(h -> h.entry().id()).containsExactly(exact.id());
    hits = searchAll(SearchQuery.of("mar"));
    assertThat(hits)
        .extracting(h -> h.entry().id())
        .containsExactly(prefix.id(), exact.id(), substring.id());
    assertThat(hits)
        .extracting(SearchHit::tier)
        .containsExactly(MatchTier.PREFIX, MatchTier.PREFIX, MatchTier.SUBSTRING);
    assertThat(searchAll(SearchQuery.of("Mar@Example.COM")))
        .extracting(SearchHit::tier)
        .containsExactly(MatchTier.EXACT_EMAIL);
  }

  @Test
  void customers_search_ignoresCaseAndAccents() {
    RosterEntry zoe = addCustomer(orgA, "Zoë", "Ångström", null);
    assertThat(searchAll(SearchQuery.of("ZOE")))
        .extracting(h -> h.entry().id())
        .containsExactly(zoe.id());
    assertThat(searchAll(SearchQuery.of("angst")))
        .extracting(h -> h.entry().id())
        .containsExactly(zoe.id());
    assertThat(searchAll(SearchQuery.of("zoë ångström")))
        .extracting(h -> h.entry().id())
        .containsExactly(zoe.id());
  }

  @Test
  void customers_search_matchesUsernameAndPhoneDigits() {
    Person person =
        new Person(
            PersonId.of(ids.next()),
            "Pat",
            "Phone",
            null,
            "yogafan_77",
            "+1 (555) 010-4477",
            null,
            now(),
            now(),
            1);
    insertPerson(person);
    Customer customer = customer(orgA, person, LocalDate.of(2026, 1, 1));
    run(
        s -> {
          s.customers().insert(customer);
        });
    assertThat(searchAll(SearchQuery.of("yogafan")))
        .extracting(h -> h.entry().id())
        .containsExactly(customer.id());
    assertThat(searchAll(SearchQuery.of("555-010")))
        .extracting(h -> h.entry().id())
        .containsExactly(customer.id());
    assertThat(searchAll(SearchQuery.of("4477")))
        .extracting(SearchHit::tier)
        .containsExactly(MatchTier.SUBSTRING);
    assertThat(searchAll(SearchQuery.of("9999"))).isEmpty();
  }

  @Test
  void customers_search_treatsLikeWildcardsAsPlainText() {
    RosterEntry percent = addCustomer(orgA, "Per%cent", "Sign", null);
    addCustomer(orgA, "Percent", "Plain", null);
    RosterEntry underscore = addCustomer(orgA, "Under_score", "Name", null);
    addCustomer(orgA, "Underxscore", "Name", null);
    assertThat(searchAll(SearchQuery.of("r%c")))
        .extracting(h -> h.entry().id())
        .containsExactly(percent.id());
    assertThat(searchAll(SearchQuery.of("under_")))
        .extracting(h -> h.entry().id())
        .containsExactly(underscore.id());
    RosterEntry backslash = addCustomer(orgA, "Back\\slash", "Name", null);
    assertThat(searchAll(SearchQuery.of("k\\s")))
        .extracting(h -> h.entry().id())
        .containsExactly(backslash.id());
    assertThat(searchAll(SearchQuery.of("\\")))
        .extracting(h -> h.entry().id())
        .containsExactly(backslash.id());
  }

  @Test
  void customers_search_pagesEachHitOnce() {
    List<CustomerId> expected = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      expected.add(
          addCustomer(orgA, "Kim", "Lee" + (char) ('a' + i), "kim" + i + "@example.com").id());
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
    assertThat(searchAll(SearchQuery.of("robin")))
        .extracting(h -> h.entry().id())
        .containsExactly(active.id());
    assertThat(searchAll(SearchQuery.of("robin").withStatus(StatusFilter.ALL)))
        .extracting(h -> h.entry().id())
        .containsExactlyInAnyOrder(active.id(), archived.id());
    assertThat(searchAll(SearchQuery.of("robin").withStatus(StatusFilter.ARCHIVED)))
        .extracting(h -> h.entry().id())
        .containsExactly(archived.id());
  }

  @Test
  void customers_search_seesUpdatedDetails() {
    RosterEntry entry = addCustomer(orgA, "Old", "Name", null);
    Person renamed = entry.person().withDetails("New", "Surname", null, null, null, null, later());
    run(
        s -> {
          s.persons().update(renamed, 1);
        });
    assertThat(searchAll(SearchQuery.of("old"))).isEmpty();
    assertThat(searchAll(SearchQuery.of("surn")))
        .extracting(h -> h.entry().person())
        .containsExactly(renamed);
  }

  @Test
  void customers_search_foreignCursor_isAValidationError() {
    assertThatThrownBy(
            () ->
                tx(
                    s ->
                        s.customers()
                            .search(
                                orgA.id(),
                                SearchQuery.of("x").after("bogus"),
                                Criterion.none(),
                                Set.of())))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void customers_withBirthdays_findsActiveCustomersBornOnTheDays() {
    RosterEntry march3 = addCustomer(orgA, "Mar", "Three", null, null, LocalDate.of(1990, 3, 3));
    RosterEntry leap = addCustomer(orgA, "Leap", "Day", null, null, LocalDate.of(2000, 2, 29));
    addCustomer(orgA, "Other", "Day", null, null, LocalDate.of(1990, 3, 4));
    RosterEntry archived = addCustomer(orgA, "Gone", "Three", null, null, LocalDate.of(1980, 3, 3));
    archive(archived);
    addCustomer(orgB, "Other", "Org", null, null, LocalDate.of(1985, 3, 3));
    List<RosterEntry> found =
        list(
            s ->
                s.customers()
                    .withBirthdays(orgA.id(), Set.of(MonthDay.of(3, 3), MonthDay.of(2, 29))));
    assertThat(found).extracting(RosterEntry::id).containsExactlyInAnyOrder(march3.id(), leap.id());
  }
}
