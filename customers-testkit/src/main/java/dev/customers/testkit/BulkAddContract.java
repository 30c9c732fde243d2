package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.FieldError;
import dev.customers.api.PageRequest;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.ValidationException;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.MatchTier;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.roster.SearchQuery;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link dev.customers.api.roster.RosterService#addAll}: many customers in one call, each exactly
 * as {@code add} would have made it, or none when any row is refused.
 */
public abstract class BulkAddContract extends ServiceContractSupport {

  private List<CustomerDetails> rows(int count) {
    List<CustomerDetails> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(
          CustomerDetails.of("Member" + i, "Bulk")
              .withEmail("member" + i + "@example.com")
              .withPhone("+44 20 7946 0" + (100 + i)));
    }
    return rows;
  }

  private int rosterSize() {
    return t.roster().list(t.staff(), CustomerQuery.active().withLimit(200)).items().size();
  }

  @Test
  void addAll_addsEveryRowInOrder_likeAddDoes() {
    t.events().clear();
    List<CustomerId> ids = t.roster().addAll(t.staff(), rows(30));

    assertThat(ids).hasSize(30).doesNotHaveDuplicates();
    for (int i = 0; i < ids.size(); i++) {
      CustomerProfile profile = t.roster().profile(t.staff(), ids.get(i));
      assertThat(profile.person().firstName()).isEqualTo("Member" + i);
      assertThat(profile.person().email()).hasToString("member" + i + "@example.com");
      assertThat(profile.customer().isArchived()).isFalse();
    }
    List<AuditEntry> audit =
        t.sdk().audit().forCustomer(t.owner(), ids.get(7), PageRequest.first(10)).items();
    assertThat(audit).extracting(AuditEntry::action).containsExactly("customer.created");
    assertThat(t.events().eventsOf(CustomerEvent.Created.class))
        .extracting(CustomerEvent.Created::customerId)
        .containsExactlyElementsOf(ids);
    List<SearchHit> hits =
        t.roster().search(t.staff(), SearchQuery.of("member7@example.com")).items();
    assertThat(hits)
        .first()
        .satisfies(
            hit -> {
              assertThat(hit.tier()).isEqualTo(MatchTier.EXACT_EMAIL);
              assertThat(hit.entry().id()).isEqualTo(ids.get(7));
            });
    assertThat(t.roster().search(t.staff(), SearchQuery.of("member2").withLimit(50)).items())
        .extracting(h -> h.entry().id())
        .containsExactlyInAnyOrderElementsOf(
            List.of(
                ids.get(2),
                ids.get(20),
                ids.get(21),
                ids.get(22),
                ids.get(23),
                ids.get(24),
                ids.get(25),
                ids.get(26),
                ids.get(27),
                ids.get(28),
                ids.get(29)));
  }

  @Test
  void addAll_ofNothing_addsNothing() {
    assertThat(t.roster().addAll(t.staff(), List.of())).isEmpty();
    assertThat(rosterSize()).isZero();
  }

  @Test
  void addAll_withABadRow_namesEveryBadRowAndAddsNone() {
    List<CustomerDetails> rows = new ArrayList<>(rows(5));
    rows.set(1, CustomerDetails.of("", "Blank"));
    rows.set(3, CustomerDetails.of("Ok", "Row").withEmail("not-an-email"));

    assertThatThrownBy(() -> t.roster().addAll(t.staff(), rows))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("rows[1].firstName", "rows[3].email"));
    assertThat(rosterSize()).isZero();
  }

  @Test
  void addAll_withAnEmailTwice_namesBothRowsAndAddsNone() {
    List<CustomerDetails> rows = new ArrayList<>(rows(4));
    rows.set(3, CustomerDetails.of("Twin", "Bulk").withEmail("MEMBER1@example.com"));

    assertThatThrownBy(() -> t.roster().addAll(t.staff(), rows))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .satisfies(
                        error -> {
                          assertThat(error.field()).isEqualTo("rows[3].email");
                          assertThat(error.problem()).contains("rows[1]");
                        }));
    assertThat(rosterSize()).isZero();
  }

  @Test
  void addAll_withAnEmailAnActiveCustomerHolds_isAConflictNamingTheRowAndAddsNone() {
    CustomerProfile ada =
        t.roster()
            .add(t.staff(), CustomerDetails.of("Ada", "Lovelace").withEmail("ada@example.com"));
    List<CustomerDetails> rows = new ArrayList<>(rows(3));
    rows.add(CustomerDetails.of("Other", "Ada").withEmail("Ada@Example.com"));

    assertThatThrownBy(() -> t.roster().addAll(t.staff(), rows))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE);
              assertThat(e.getMessage()).contains("rows[3].email").contains(ada.id().toString());
            });
    assertThat(rosterSize()).isEqualTo(1);
  }

  @Test
  void addAll_byACustomer_isRefused() {
    CustomerProfile ada = add("Ada", "Lovelace");
    Caller self = Caller.of(t.owner().organizationId(), Actor.self(ada.person().id()));

    assertThatThrownBy(() -> t.roster().addAll(self, rows(2)))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(rosterSize()).isEqualTo(1);
  }

  @Test
  void addAll_thenAdd_keepsOneRosterInNameOrder() {
    t.roster()
        .addAll(
            t.staff(),
            List.of(CustomerDetails.of("Zed", "Young"), CustomerDetails.of("Al", "Abbot")));
    add("Mo", "Moss");
    t.roster()
        .addAll(
            t.staff(), List.of(CustomerDetails.of("Bo", "Brown"), CustomerDetails.of("Xi", "Xu")));

    assertThat(t.roster().list(t.staff(), CustomerQuery.active().withLimit(10)).items())
        .extracting(e -> e.person().lastName())
        .containsExactly("Abbot", "Brown", "Moss", "Xu", "Young");
    assertThat(t.roster().search(t.staff(), SearchQuery.of("o")).items())
        .extracting(h -> h.entry().person().lastName())
        .containsExactly("Abbot", "Brown", "Moss", "Young");
  }
}
