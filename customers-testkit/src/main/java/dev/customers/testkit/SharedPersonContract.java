package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.ConflictException;
import dev.customers.api.PageRequest;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.PersonId;
import dev.customers.api.StaffRole;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.StatusFilter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tenancy rule of persons (docs/architecture.md, "Persons shared between organizations"): no
 * organization reads or changes what another organization holds through a shared person without
 * that person's own action, and a change that alters what several rosters show moves each roster
 * entry's version. Organization A is the SDK's test organization; B is another studio whose
 * customer Bea is the person in question.
 */
public abstract class SharedPersonContract extends ServiceContractSupport {
  private Organization b;
  private Caller staffOfA;
  private Caller staffOfB;
  private CustomerProfile beaAtB;

  @BeforeEach
  void twoStudios() {
    b = t.newOrganization("Studio B");
    staffOfA = t.staff();
    staffOfB = Caller.of(b.id(), Actor.staff("bo", StaffRole.STAFF));
    beaAtB =
        t.roster()
            .add(
                staffOfB,
                CustomerDetails.of("Bea", "Baker")
                    .withEmail("bea@example.com")
                    .withPhone("+44 20 7946 0000"));
  }

  private Caller bea(Caller in) {
    return Caller.of(in.organizationId(), Actor.self(beaAtB.person().id()));
  }

  private List<RosterEntry> rosterOfA() {
    return t.roster().list(staffOfA, CustomerQuery.active().withStatus(StatusFilter.ALL)).items();
  }

  @Test
  void staffOfA_cannotPutBsCustomerOnAsRoster_norTellWhetherThePersonExists() {
    PersonId nobody = PersonId.of(UUID.fromString("00000000-0000-7000-8000-0000000000ff"));
    for (PersonId person : List.of(beaAtB.person().id(), nobody)) {
      assertThatThrownBy(() -> t.roster().addExisting(staffOfA, person))
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageContaining("own action");
    }
    assertThatThrownBy(() -> t.roster().addExisting(t.owner(), beaAtB.person().id()))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(rosterOfA()).isEmpty();
    assertThat(t.roster().profile(staffOfB, beaAtB.id())).isEqualTo(beaAtB);
    Caller ownerOfB = Caller.of(b.id(), Actor.staff("bo", StaffRole.OWNER));
    assertThat(t.sdk().audit().forCustomer(ownerOfB, beaAtB.id(), PageRequest.first(10)).items())
        .extracting(AuditEntry::action)
        .containsExactly("customer.created");
  }

  @Test
  void anotherPersonActingAsThemselves_cannotPutBsCustomerOnAsRoster() {
    CustomerProfile ann = add("Ann", "Other");
    assertThatThrownBy(() -> t.roster().addExisting(self(ann), beaAtB.person().id()))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(rosterOfA()).extracting(RosterEntry::id).containsExactly(ann.id());
  }

  @Test
  void thePersonJoiningByTheirOwnAction_isOnBothRosters_withOneSetOfDetails() {
    CustomerProfile beaAtA = t.roster().addExisting(bea(staffOfA), beaAtB.person().id());
    assertThat(beaAtA.person()).isEqualTo(beaAtB.person());
    assertThat(rosterOfA()).extracting(RosterEntry::id).containsExactly(beaAtA.id());
    assertThat(t.roster().profile(staffOfB, beaAtB.id()).version()).isEqualTo(beaAtB.version());
  }

  @Test
  void staffOfEitherOrganization_cannotChangeASharedPersonsDetails() {
    CustomerProfile beaAtA = t.roster().addExisting(bea(staffOfA), beaAtB.person().id());
    assertThatThrownBy(
            () ->
                t.roster()
                    .update(
                        staffOfA,
                        beaAtA.id(),
                        beaAtA.version(),
                        beaAtA.details().withLastName("Changed-by-A")))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("Actor.self");
    assertThatThrownBy(
            () ->
                t.roster()
                    .update(
                        staffOfB,
                        beaAtB.id(),
                        beaAtB.version(),
                        beaAtB.details().withLastName("Changed-by-B")))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(t.roster().profile(staffOfB, beaAtB.id())).isEqualTo(beaAtB);
    assertThat(t.roster().profile(staffOfA, beaAtA.id()).details()).isEqualTo(beaAtB.details());
  }

  @Test
  void thePersonsOwnChange_reachesEveryRoster_movesEveryVersion_andIsAuditedInEach() {
    CustomerProfile beaAtA = t.roster().addExisting(bea(staffOfA), beaAtB.person().id());
    t.events().clear();
    t.roster()
        .update(
            bea(staffOfA), beaAtA.id(), beaAtA.version(), beaAtA.details().withLastName("Brown"));

    CustomerProfile nowAtB = t.roster().profile(staffOfB, beaAtB.id());
    assertThat(nowAtB.details().lastName()).isEqualTo("Brown");
    assertThat(nowAtB.version()).isGreaterThan(beaAtB.version());
    assertThat(t.roster().profile(staffOfA, beaAtA.id()).version()).isGreaterThan(beaAtA.version());

    // B's stale version is refused: B cannot silently restore the old name.
    assertThatThrownBy(
            () ->
                t.roster()
                    .update(
                        bea(staffOfB),
                        beaAtB.id(),
                        beaAtB.version(),
                        beaAtB.details().withLastName("Baker")))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
    assertThat(t.roster().profile(staffOfB, beaAtB.id()).details().lastName()).isEqualTo("Brown");

    Caller ownerOfB = Caller.of(b.id(), Actor.staff("bo", StaffRole.OWNER));
    List<AuditEntry> trailAtB =
        t.sdk().audit().forCustomer(ownerOfB, beaAtB.id(), PageRequest.first(10)).items();
    assertThat(trailAtB)
        .extracting(AuditEntry::action)
        .containsExactly("customer.created", "customer.updated");
    assertThat(trailAtB.get(1).actor()).isEqualTo(Actor.self(beaAtB.person().id()).describe());
    assertThat(t.events().eventsOf(CustomerEvent.Updated.class))
        .extracting(CustomerEvent.Updated::organizationId)
        .containsExactlyInAnyOrder(t.organization().id(), b.id());
  }

  @Test
  void aCustomersEmailConflict_namesNoOtherCustomer() {
    CustomerProfile ann =
        t.roster().add(staffOfA, CustomerDetails.of("Ann", "Able").withEmail("ann@example.com"));
    CustomerProfile cal =
        t.roster().add(staffOfA, CustomerDetails.of("Cal", "Cole").withEmail("cal@example.com"));
    assertThatThrownBy(
            () ->
                t.roster()
                    .update(
                        self(cal),
                        cal.id(),
                        cal.version(),
                        cal.details().withEmail("ANN@example.com")))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE);
              assertThat(e.existingId()).isEmpty();
              assertThat(e.getMessage())
                  .doesNotContain(ann.id().toString())
                  .doesNotContain(ann.person().id().toString())
                  .doesNotContain("Ann")
                  .doesNotContain("Able");
            });
    // Staff are told who holds it, so they can sort it out.
    assertThatThrownBy(
            () ->
                t.roster()
                    .update(
                        staffOfA,
                        cal.id(),
                        cal.version(),
                        cal.details().withEmail("ann@example.com")))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.existingId()).contains(ann.id().toString()));
  }

  @Test
  void aSharedPersonsNewEmail_mustBeFreeOnEveryRoster_andTheConflictNamesNoOne() {
    CustomerProfile beaAtA = t.roster().addExisting(bea(staffOfA), beaAtB.person().id());
    CustomerProfile bob =
        t.roster().add(staffOfB, CustomerDetails.of("Bob", "Stone").withEmail("bob@example.com"));
    assertThatThrownBy(
            () ->
                t.roster()
                    .update(
                        bea(staffOfA),
                        beaAtA.id(),
                        beaAtA.version(),
                        beaAtA.details().withEmail("bob@example.com")))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.existingId()).isEmpty();
              assertThat(e.getMessage()).doesNotContain(bob.id().toString()).doesNotContain("Bob");
            });
    assertThat(t.roster().profile(staffOfB, beaAtB.id())).isEqualTo(beaAtB);
  }
}
