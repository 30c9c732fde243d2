package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.CustomerId;
import dev.customers.api.Page;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldScope;
import dev.customers.api.fields.FieldType;
import dev.customers.api.metrics.MetricDefinition;
import dev.customers.api.metrics.MetricSpec;
import dev.customers.api.roster.Comparison;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.roster.StatusFilter;
import dev.customers.api.spi.Criterion;
import dev.customers.api.spi.FieldRef;
import dev.customers.api.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Roster criteria ({@link dev.customers.api.spi.Criterion}) and the field-value search tier,
 * evaluated by {@link dev.customers.api.spi.CustomerStore} over the tag, field, metric and consent
 * stores. An adapter's test extends it (or nests it).
 */
public abstract class CriteriaContract extends StoreContractSupport {
  @Test
  void criteria_filterListAndSearch_byTagFieldMetricAndConsent_combined() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    RosterEntry ben = addCustomer(orgA, "Ben", "Adams", null);
    RosterEntry cy = addCustomer(orgA, "Cy", "Adler", null);
    Tag vip = tag(orgA, "VIP");
    run(s -> s.tags().assign(orgA.id(), vip.id(), List.of(ada.id(), ben.id())));
    FieldDefinition size = field(orgA, "size", FieldType.DECIMAL, FieldScope.PERSON, 0, List.of());
    FieldDefinition since = field(orgA, "since", FieldType.DATE, FieldScope.ROSTER, 1, List.of());
    FieldDefinition styles =
        field(
            orgA,
            "styles",
            FieldType.MULTIPLE_CHOICE,
            FieldScope.ROSTER,
            2,
            List.of("Yoga", "Barre"));
    FieldDefinition city = field(orgA, "city", FieldType.TEXT, FieldScope.ROSTER, 3, List.of());
    put(orgA, size, ada.person().id().value(), "9.5");
    put(orgA, size, ben.person().id().value(), "10");
    put(orgA, since, ada.id().value(), "2020-01-31");
    put(orgA, since, cy.id().value(), "2024-06-01");
    put(orgA, styles, ada.id().value(), "Yoga", "Barre");
    put(orgA, styles, ben.id().value(), "Barre");
    put(orgA, city, cy.id().value(), "Leeds");
    MetricDefinition visits = metric(orgA, MetricSpec.counter("visits", "Visits"));
    reading(orgA, ada.id(), visits, "12", later());
    reading(orgA, ben.id(), visits, "3", later());
    consent(orgA, ada.id(), "marketing_email", ConsentStatus.GRANTED);
    consent(orgA, ben.id(), "marketing_email", ConsentStatus.REVOKED);

    assertThat(listed(new Criterion.HasTag(vip.id()))).containsExactly(ben, ada);
    assertThat(
            listed(
                new Criterion.FieldCompare(
                    size.id(), FieldScope.PERSON, FieldType.DECIMAL, Comparison.GT, "9.75")))
        .containsExactly(ben);
    assertThat(
            listed(
                new Criterion.FieldCompare(
                    size.id(), FieldScope.PERSON, FieldType.DECIMAL, Comparison.LE, "10")))
        .containsExactly(ben, ada);
    assertThat(
            listed(
                new Criterion.FieldCompare(
                    since.id(), FieldScope.ROSTER, FieldType.DATE, Comparison.LT, "2024-01-01")))
        .containsExactly(ada);
    assertThat(
            listed(
                new Criterion.FieldCompare(
                    styles.id(),
                    FieldScope.ROSTER,
                    FieldType.MULTIPLE_CHOICE,
                    Comparison.EQ,
                    "Barre")))
        .containsExactly(ben, ada);
    assertThat(
            listed(
                new Criterion.FieldCompare(
                    city.id(), FieldScope.ROSTER, FieldType.TEXT, Comparison.EQ, "Leeds")))
        .containsExactly(cy);
    assertThat(
            listed(
                new Criterion.FieldCompare(
                    city.id(), FieldScope.ROSTER, FieldType.TEXT, Comparison.EQ, "leeds")))
        .isEmpty();
    assertThat(listed(new Criterion.FieldSet(since.id(), FieldScope.ROSTER)))
        .containsExactly(cy, ada);
    // A person field's id used as if it held a roster value matches nothing: owners differ.
    assertThat(listed(new Criterion.FieldSet(size.id(), FieldScope.ROSTER))).isEmpty();
    assertThat(
            listed(new Criterion.MetricCompare(visits.id(), Comparison.GE, new BigDecimal("10"))))
        .containsExactly(ada);
    assertThat(listed(new Criterion.ConsentIs("marketing_email", ConsentStatus.GRANTED)))
        .containsExactly(ada);
    assertThat(listed(new Criterion.ConsentIs("marketing_email", ConsentStatus.REVOKED)))
        .containsExactly(ben);
    assertThat(listed(new Criterion.ConsentIs("marketing_email", ConsentStatus.UNKNOWN)))
        .containsExactly(cy);
    assertThat(
            listed(
                new Criterion.All(
                    List.of(
                        new Criterion.HasTag(vip.id()),
                        new Criterion.MetricCompare(
                            visits.id(), Comparison.LT, new BigDecimal("5"))))))
        .containsExactly(ben);
    assertThat(
            listed(
                new Criterion.Any(
                    List.of(
                        new Criterion.ConsentIs("marketing_email", ConsentStatus.UNKNOWN),
                        new Criterion.All(
                            List.of(
                                new Criterion.HasTag(vip.id()),
                                new Criterion.FieldSet(since.id(), FieldScope.ROSTER)))))))
        .containsExactly(cy, ada);
    assertThat(listed(new Criterion.Any(List.of()))).isEmpty();
    assertThat(listed(Criterion.none())).containsExactly(ben, cy, ada);

    List<SearchHit> hits =
        tx(s ->
                s.customers()
                    .search(
                        orgA.id(), SearchQuery.of("ad"), new Criterion.HasTag(vip.id()), Set.of()))
            .items();
    assertThat(hits).extracting(SearchHit::entry).containsExactly(ben, ada);
    archive(ben);
    assertThat(listed(new Criterion.HasTag(vip.id()))).containsExactly(ada);
    Page<RosterEntry> all =
        tx(
            s ->
                s.customers()
                    .list(
                        orgA.id(),
                        CustomerQuery.active().withStatus(StatusFilter.ALL),
                        new Criterion.HasTag(vip.id())));
    assertThat(all.items()).extracting(RosterEntry::id).containsExactly(ben.id(), ada.id());
  }

  @Test
  void search_matchesValuesOfTheGivenFields_inTheLastTier_andPagesAcrossTiers() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    RosterEntry ben = addCustomer(orgA, "Ben", "Adams", null);
    RosterEntry cy = addCustomer(orgA, "Cy", "Ko", null);
    RosterEntry dee = addCustomer(orgA, "Dee", "Ray", null);
    RosterEntry eve = addCustomer(orgA, "Eve", "Ash", null);
    FieldDefinition club = field(orgA, "club", FieldType.TEXT, FieldScope.ROSTER, 0, List.of());
    FieldDefinition nickname =
        field(orgA, "nickname", FieldType.TEXT, FieldScope.PERSON, 1, List.of());
    FieldDefinition secret =
        field(orgA, "secret", FieldType.TEXTAREA, FieldScope.ROSTER, 2, List.of());
    FieldDefinition size = field(orgA, "size", FieldType.NUMBER, FieldScope.ROSTER, 3, List.of());
    put(orgA, club, ada.id().value(), "Ådamsville Runners");
    put(orgA, nickname, cy.person().id().value(), "The ADAMSON");
    put(orgA, secret, dee.id().value(), "adams");
    put(orgA, club, ben.id().value(), "Adams Family Club");
    put(orgA, club, eve.id().value(), "adams town");
    archive(eve);
    Set<FieldRef> visible =
        Set.of(
            new FieldRef(club.id(), FieldScope.ROSTER),
            new FieldRef(nickname.id(), FieldScope.PERSON),
            new FieldRef(size.id(), FieldScope.ROSTER));

    List<SearchHit> hits =
        tx(s -> s.customers().search(orgA.id(), SearchQuery.of("adams"), Criterion.none(), visible))
            .items();
    assertThat(hits)
        .extracting(h -> h.entry().id() + " " + h.tier())
        .containsExactly(ben.id() + " PREFIX", cy.id() + " FIELD", ada.id() + " FIELD");
    List<SearchHit> paged = new ArrayList<>();
    SearchQuery query = SearchQuery.of("adams").withLimit(1);
    while (true) {
      SearchQuery q = query;
      Page<SearchHit> page = tx(s -> s.customers().search(orgA.id(), q, Criterion.none(), visible));
      paged.addAll(page.items());
      if (!page.hasMore()) {
        break;
      }
      query = query.after(page.nextCursor());
    }
    assertThat(paged).isEqualTo(hits);
    assertThat(
            tx(s ->
                    s.customers()
                        .search(orgA.id(), SearchQuery.of("adams"), Criterion.none(), Set.of()))
                .items())
        .extracting(SearchHit::entry)
        .containsExactly(ben);
    assertThat(
            tx(s ->
                    s.customers()
                        .search(
                            orgA.id(),
                            SearchQuery.of("runners"),
                            new Criterion.FieldSet(nickname.id(), FieldScope.PERSON),
                            visible))
                .items())
        .isEmpty();
    assertThat(
            tx(s ->
                    s.customers()
                        .search(
                            orgA.id(),
                            SearchQuery.of("adams").withStatus(StatusFilter.ALL),
                            Criterion.none(),
                            visible))
                .items())
        .extracting(h -> h.entry().id())
        .containsExactly(ben.id(), eve.id(), cy.id(), ada.id());
    assertThat(
            tx(s ->
                    s.customers()
                        .search(orgB.id(), SearchQuery.of("adams"), Criterion.none(), visible))
                .items())
        .isEmpty();
  }

  @Test
  void criteria_pageThroughAFilteredList_withTheCursor() {
    Tag vip = tag(orgA, "VIP");
    List<CustomerId> tagged = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      RosterEntry entry = addCustomer(orgA, "Name" + i, "Same", null);
      if (i % 2 == 0) {
        tagged.add(entry.id());
      }
    }
    run(s -> s.tags().assign(orgA.id(), vip.id(), tagged));
    List<CustomerId> seen = new ArrayList<>();
    CustomerQuery query = CustomerQuery.active().withLimit(2);
    while (true) {
      CustomerQuery q = query;
      Page<RosterEntry> page =
          tx(s -> s.customers().list(orgA.id(), q, new Criterion.HasTag(vip.id())));
      page.items().forEach(e -> seen.add(e.id()));
      if (!page.hasMore()) {
        break;
      }
      query = query.after(page.nextCursor());
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(tagged).doesNotHaveDuplicates();
  }
}
