package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.ConflictException;
import dev.customers.api.InvalidStateException;
import dev.customers.api.NotFoundException;
import dev.customers.api.PageRequest;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.ValidationException;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.family.Family;
import dev.customers.api.family.FamilyMember;
import dev.customers.api.family.FamilyService;
import dev.customers.api.family.GuardianLink;
import dev.customers.api.family.GuardianPermission;
import dev.customers.api.family.LinkChange;
import dev.customers.api.family.Relationship;
import dev.customers.api.fields.FieldAccess;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.fields.FieldValue;
import dev.customers.api.fields.FieldValues;
import dev.customers.api.notes.NoteDraft;
import dev.customers.api.notes.NoteVisibility;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of the family service and of guardians acting for dependants across the other
 * services, end to end over the storage the subclass supplies in {@link #storageUnderTest()}.
 */
public abstract class FamilyServiceContract extends ServiceContractSupport {
  private static final Set<GuardianPermission> VIEW = EnumSet.of(GuardianPermission.VIEW_PROFILE);
  private static final Set<GuardianPermission> VIEW_EDIT =
      EnumSet.of(GuardianPermission.VIEW_PROFILE, GuardianPermission.EDIT_PROFILE);

  private FamilyService family() {
    return sdk().sdk().family();
  }

  private Caller actingFor(CustomerProfile guardian, CustomerProfile dependant) {
    return Caller.of(
        sdk().organization().id(), Actor.guardian(guardian.person().id(), dependant.person().id()));
  }

  @Test
  void family_guestAccount_byTheGuardianThemself_isLinkedAndAudited() {
    CustomerProfile mum = add("Mia", "Stone");
    CustomerProfile kit =
        family()
            .addDependant(
                self(mum),
                mum.id(),
                CustomerDetails.of("Kit", "Stone").withBirthday(LocalDate.of(2018, 5, 1)),
                Relationship.PARENT,
                VIEW_EDIT);
    assertThat(kit.person().email()).isNull();
    assertThat(family().dependants(self(mum), mum.id()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.member().customer().id()).isEqualTo(kit.id());
              assertThat(d.member().age()).isEqualTo(7);
              assertThat(d.member().dependant()).isTrue();
              assertThat(d.member().reachedMajority()).isFalse();
              assertThat(d.link().permissions()).isEqualTo(VIEW_EDIT);
            });
    assertThat(sdk().events().eventsOf(CustomerEvent.GuardianLinkChanged.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.customerId()).isEqualTo(kit.id());
              assertThat(e.guardianId()).isEqualTo(mum.id());
              assertThat(e.change()).isEqualTo(LinkChange.LINKED);
            });
    assertThat(
            sdk().sdk().audit().forCustomer(sdk().admin(), kit.id(), PageRequest.first(20)).items())
        .extracting(AuditEntry::action)
        .contains("customer.created", "guardian.linked");
  }

  @Test
  void family_guestAccount_refusesEmailAndUsername_andAnotherGuardian() {
    CustomerProfile mum = add("Mia", "Stone");
    CustomerProfile other = add("Olga", "Berg");
    assertThatThrownBy(
            () ->
                family()
                    .addDependant(
                        self(mum),
                        mum.id(),
                        CustomerDetails.of("Kit", "Stone")
                            .withEmail("kit@example.com")
                            .withUsername("kit"),
                        Relationship.PARENT,
                        VIEW))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(f -> f.field())
                    .containsExactly("email", "username"));
    assertThatThrownBy(
            () ->
                family()
                    .addDependant(
                        self(other),
                        mum.id(),
                        CustomerDetails.of("Kit", "Stone"),
                        Relationship.PARENT,
                        VIEW))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(family().dependants(sdk().staff(), mum.id())).isEmpty();
    assertThat(
            sdk()
                .roster()
                .list(sdk().staff(), dev.customers.api.roster.CustomerQuery.active())
                .items())
        .hasSize(2);
  }

  @Test
  void family_link_refusesSelfCycleArchivedAndDuplicate() {
    CustomerProfile grandma = add("Gro", "Stone");
    CustomerProfile mum = add("Mia", "Stone");
    CustomerProfile kit = add("Kit", "Stone");
    family().link(sdk().staff(), grandma.id(), mum.id(), Relationship.PARENT, VIEW);
    family().link(sdk().staff(), mum.id(), kit.id(), Relationship.PARENT, VIEW);
    assertThatThrownBy(
            () -> family().link(sdk().staff(), mum.id(), mum.id(), Relationship.OTHER, VIEW))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("dependant"));
    assertThatThrownBy(
            () -> family().link(sdk().staff(), kit.id(), grandma.id(), Relationship.OTHER, VIEW))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.getMessage()).contains("own guardian"));
    assertThatThrownBy(
            () -> family().link(sdk().staff(), mum.id(), kit.id(), Relationship.OTHER, VIEW))
        .isInstanceOf(ConflictException.class);
    CustomerProfile gone = add("Gus", "Stone");
    sdk().roster().archive(sdk().admin(), gone.id());
    assertThatThrownBy(
            () -> family().link(sdk().staff(), gone.id(), kit.id(), Relationship.OTHER, VIEW))
        .isInstanceOf(InvalidStateException.class);
    assertThatThrownBy(
            () -> family().link(self(mum), mum.id(), gone.id(), Relationship.OTHER, VIEW))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(family().family(sdk().staff(), kit.id()).links()).hasSize(2);
  }

  @Test
  void family_guardian_actsWithinTheLinksPermissions_andNothingAfterUnlink() {
    CustomerProfile mum = add("Mia", "Stone");
    CustomerProfile kit = add("Kit", "Stone");
    CustomerProfile stranger = add("Sam", "Berg");
    fields()
        .define(
            sdk().admin(),
            FieldSpec.of("shoe_size", "Shoe size", FieldType.TEXT)
                .withAccess(FieldAccess.customerEditable()));
    fields()
        .define(
            sdk().admin(),
            FieldSpec.of("medical", "Medical", FieldType.TEXT).withAccess(FieldAccess.staffOnly()));
    fields()
        .setValues(sdk().staff(), kit.id(), FieldValues.of("shoe_size", "31").and("medical", "x"));
    sdk().sdk().notes().add(sdk().staff(), kit.id(), NoteDraft.of("staff only"));
    sdk()
        .sdk()
        .notes()
        .add(
            sdk().staff(),
            kit.id(),
            NoteDraft.of("bring a towel").visibleTo(NoteVisibility.CUSTOMER));
    Caller mumForKit = actingFor(mum, kit);
    assertThatThrownBy(() -> sdk().roster().profile(mumForKit, kit.id()))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("there is no guardian link");

    family().link(sdk().staff(), mum.id(), kit.id(), Relationship.PARENT, VIEW);
    assertThat(sdk().roster().profile(mumForKit, kit.id()).id()).isEqualTo(kit.id());
    assertThat(fields().values(mumForKit, kit.id()))
        .extracting(FieldValue::key)
        .containsExactly("shoe_size");
    assertThat(sdk().sdk().notes().list(mumForKit, kit.id(), PageRequest.first(20)).items())
        .extracting(n -> n.text())
        .containsExactly("bring a towel");
    assertThat(sdk().sdk().profiles().view(mumForKit, kit.id()).tags()).isEmpty();
    assertThatThrownBy(
            () -> fields().setValues(mumForKit, kit.id(), FieldValues.of("shoe_size", "32")))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(
            () ->
                sdk()
                    .roster()
                    .update(
                        mumForKit, kit.id(), kit.version(), CustomerDetails.of("Kitty", "Stone")))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("the guardian link does not allow EDIT_PROFILE");
    assertThatThrownBy(() -> sdk().roster().profile(mumForKit, stranger.id()))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("only on the account of the dependant they act for");
    assertThatThrownBy(() -> sdk().roster().profile(mumForKit, mum.id()))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(
            () -> sdk().roster().search(mumForKit, dev.customers.api.roster.SearchQuery.of("Kit")))
        .isInstanceOf(PermissionDeniedException.class);

    family().changeLink(sdk().staff(), mum.id(), kit.id(), Relationship.PARENT, VIEW_EDIT);
    assertThat(fields().setValues(mumForKit, kit.id(), FieldValues.of("shoe_size", "32")))
        .extracting(FieldValue::text)
        .containsExactly("32");
    assertThatThrownBy(
            () -> fields().setValues(mumForKit, kit.id(), FieldValues.of("medical", "y")))
        .isInstanceOf(RuntimeException.class);
    CustomerProfile renamed =
        sdk()
            .roster()
            .update(
                mumForKit,
                kit.id(),
                sdk().roster().profile(sdk().staff(), kit.id()).version(),
                CustomerDetails.of("Kitty", "Stone"));
    assertThat(renamed.person().firstName()).isEqualTo("Kitty");
    sdk()
        .sdk()
        .consent()
        .record(
            mumForKit,
            kit.id(),
            "marketing_email",
            dev.customers.api.consent.ConsentStatus.GRANTED,
            "family app");
    assertThat(sdk().sdk().consent().history(sdk().staff(), kit.id()))
        .singleElement()
        .satisfies(r -> assertThat(r.recordedBy()).isEqualTo("guardian:" + mum.person().id()));

    family().unlink(self(mum), mum.id(), kit.id());
    assertThatThrownBy(() -> sdk().roster().profile(mumForKit, kit.id()))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> fields().values(mumForKit, kit.id()))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> fields().definitions(mumForKit, false))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(sdk().events().eventsOf(CustomerEvent.GuardianLinkChanged.class))
        .extracting(CustomerEvent.GuardianLinkChanged::change)
        .containsExactly(LinkChange.LINKED, LinkChange.CHANGED, LinkChange.UNLINKED);
  }

  @Test
  void family_archivedGuardian_losesTheirRights() {
    CustomerProfile mum = add("Mia", "Stone");
    CustomerProfile kit = add("Kit", "Stone");
    family().link(sdk().staff(), mum.id(), kit.id(), Relationship.PARENT, VIEW);
    sdk().roster().archive(sdk().admin(), mum.id());
    assertThatThrownBy(() -> sdk().roster().profile(actingFor(mum, kit), kit.id()))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void family_view_staffSeeTheWholeFamily_othersTheirOwnLinks() {
    CustomerProfile mum = add("Mia", "Stone");
    CustomerProfile dad = add("Leo", "Stone");
    CustomerProfile kit = add("Kit", "Stone");
    CustomerProfile half = add("Hal", "Stone");
    family().link(sdk().staff(), mum.id(), kit.id(), Relationship.PARENT, VIEW);
    family().link(sdk().staff(), dad.id(), kit.id(), Relationship.PARENT, VIEW);
    family().link(sdk().staff(), dad.id(), half.id(), Relationship.PARENT, Set.of());

    Family whole = family().family(sdk().staff(), mum.id());
    assertThat(whole.members())
        .extracting(m -> m.customer().id())
        .containsExactly(mum.id(), half.id(), kit.id(), dad.id());
    assertThat(whole.links()).hasSize(3);

    Family mine = family().family(self(mum), mum.id());
    assertThat(mine.members())
        .extracting(m -> m.customer().id())
        .containsExactly(mum.id(), kit.id());
    assertThat(mine.links()).extracting(GuardianLink::guardian).containsOnly(mum.person().id());

    Family forKit = family().family(actingFor(mum, kit), kit.id());
    assertThat(forKit.links())
        .singleElement()
        .extracting(GuardianLink::guardian)
        .isEqualTo(mum.person().id());
    assertThat(forKit.members())
        .extracting(m -> m.customer().id())
        .containsExactly(kit.id(), mum.id());
    assertThatThrownBy(() -> family().family(actingFor(dad, half), half.id()))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> family().family(self(mum), dad.id()))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> family().dependants(self(mum), dad.id()))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void family_growingUp_reachedMajorityFollowsTheOrganizationsAge() {
    CustomerProfile mum = add("Mia", "Stone");
    LocalDate today = LocalDate.ofInstant(sdk().clock().instant(), sdk().organization().timeZone());
    CustomerProfile teen =
        family()
            .addDependant(
                sdk().staff(),
                mum.id(),
                CustomerDetails.of("Tea", "Stone").withBirthday(today.minusYears(18)),
                Relationship.PARENT,
                VIEW);
    assertThat(family().ageOfMajority(sdk().staff())).isEqualTo(18);
    FamilyMember asDependant = family().dependants(self(mum), mum.id()).get(0).member();
    assertThat(asDependant.age()).isEqualTo(18);
    assertThat(asDependant.reachedMajority()).isTrue();

    family().setAgeOfMajority(sdk().admin(), 21);
    assertThat(family().family(sdk().staff(), teen.id()).members().get(0).reachedMajority())
        .isFalse();
    assertThat(family().family(sdk().staff(), mum.id()).members().get(0).dependant()).isFalse();
    assertThatThrownBy(() -> family().setAgeOfMajority(sdk().staff(), 16))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> family().setAgeOfMajority(sdk().admin(), 0))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.errors().get(0).value()).isEqualTo("0"));
    assertThat(family().ageOfMajority(sdk().staff())).isEqualTo(21);
  }

  @Test
  void family_unknownCustomersAndLinks_areNotFound() {
    CustomerProfile mum = add("Mia", "Stone");
    CustomerProfile kit = add("Kit", "Stone");
    assertThatThrownBy(() -> family().unlink(sdk().staff(), mum.id(), kit.id()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(kit.id().toString());
    assertThatThrownBy(
            () -> family().changeLink(sdk().staff(), mum.id(), kit.id(), Relationship.OTHER, VIEW))
        .isInstanceOf(NotFoundException.class);
    CustomerProfile elsewhere =
        sdk()
            .roster()
            .add(
                Fixtures.staff(sdk().newOrganization("Other gym").id()),
                Fixtures.details("Ola", "Nor"));
    assertThatThrownBy(
            () -> family().link(sdk().staff(), mum.id(), elsewhere.id(), Relationship.OTHER, VIEW))
        .isInstanceOf(NotFoundException.class);
  }
}
