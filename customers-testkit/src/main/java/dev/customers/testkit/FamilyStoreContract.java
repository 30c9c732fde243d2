package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.ConflictException;
import dev.customers.api.NotFoundException;
import dev.customers.api.family.GuardianLink;
import dev.customers.api.family.GuardianPermission;
import dev.customers.api.family.Relationship;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.RosterEntry;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.customers.api.spi.FamilyStore}: links kept from both ends, per
 * organization, changed and removed whole, and the age of majority. An adapter's test extends it
 * (or nests it) and says how to make its storage in {@link #storageUnderTest()}.
 */
public abstract class FamilyStoreContract extends StoreContractSupport {
  private GuardianLink link(
      Organization org, RosterEntry guardian, RosterEntry dependant, Set<GuardianPermission> p) {
    return new GuardianLink(
        org.id(),
        guardian.person().id(),
        dependant.person().id(),
        Relationship.PARENT,
        p,
        now(),
        now());
  }

  private boolean deleted(RosterEntry guardian, RosterEntry dependant) {
    Boolean deleted =
        tx(s -> s.family().delete(orgA.id(), guardian.person().id(), dependant.person().id()));
    return deleted;
  }

  private OptionalInt age(Organization org) {
    OptionalInt age = tx(s -> s.family().ageOfMajority(org.id()));
    return age;
  }

  @Test
  void family_links_readFromBothEnds_perOrganization() {
    RosterEntry mum = addCustomer(orgA, "Mia", "Stone", "mia@example.com");
    RosterEntry dad = addCustomer(orgA, "Leo", "Stone", null);
    RosterEntry kid = addCustomer(orgA, "Kit", "Stone", null);
    RosterEntry baby = addCustomer(orgA, "Bo", "Stone", null);
    GuardianLink mumKid = link(orgA, mum, kid, EnumSet.allOf(GuardianPermission.class));
    GuardianLink dadKid = link(orgA, dad, kid, Set.of(GuardianPermission.VIEW_PROFILE));
    GuardianLink mumBaby = link(orgA, mum, baby, Set.of());
    run(s -> s.family().lockLinks(orgA.id()));
    run(
        s -> {
          s.family().lockLinks(orgA.id());
          s.family().insert(mumKid);
          s.family().insert(dadKid);
          s.family().insert(mumBaby);
        });
    assertThat(optional(s -> s.family().find(orgA.id(), mum.person().id(), kid.person().id())))
        .contains(mumKid);
    assertThat(optional(s -> s.family().find(orgA.id(), kid.person().id(), mum.person().id())))
        .isEmpty();
    assertThat(list(s -> s.family().guardiansOf(orgA.id(), kid.person().id())))
        .containsExactlyInAnyOrder(mumKid, dadKid);
    assertThat(list(s -> s.family().dependantsOf(orgA.id(), mum.person().id())))
        .containsExactlyInAnyOrder(mumKid, mumBaby);
    assertThat(list(s -> s.family().dependantsOf(orgA.id(), kid.person().id()))).isEmpty();
    assertThat(list(s -> s.family().guardiansOf(orgB.id(), kid.person().id()))).isEmpty();
    assertThat(optional(s -> s.family().find(orgB.id(), mum.person().id(), kid.person().id())))
        .isEmpty();
    assertThat(optional(s -> s.family().find(orgA.id(), mum.person().id(), baby.person().id())))
        .hasValueSatisfying(l -> assertThat(l.permissions()).isEmpty());
  }

  @Test
  void family_duplicateLinkRefused_updateAndDeleteWhole() {
    RosterEntry mum = addCustomer(orgA, "Mia", "Stone", null);
    RosterEntry kid = addCustomer(orgA, "Kit", "Stone", null);
    GuardianLink first = link(orgA, mum, kid, Set.of(GuardianPermission.BOOK));
    run(s -> s.family().insert(first));
    assertThatThrownBy(() -> run(s -> s.family().insert(first)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(kid.person().id().toString());
    GuardianLink changed =
        first.with(
            Relationship.LEGAL_GUARDIAN,
            EnumSet.of(GuardianPermission.PURCHASE, GuardianPermission.VIEW_BILLING),
            later());
    run(s -> s.family().update(changed));
    assertThat(optional(s -> s.family().find(orgA.id(), mum.person().id(), kid.person().id())))
        .contains(changed);
    assertThat(deleted(mum, kid)).isTrue();
    assertThat(deleted(mum, kid)).isFalse();
    assertThat(list(s -> s.family().guardiansOf(orgA.id(), kid.person().id()))).isEmpty();
    assertThat(list(s -> s.family().dependantsOf(orgA.id(), mum.person().id()))).isEmpty();
    assertThatThrownBy(() -> run(s -> s.family().update(changed)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void family_failedTransaction_leavesNoLink() {
    RosterEntry mum = addCustomer(orgA, "Mia", "Stone", null);
    RosterEntry kid = addCustomer(orgA, "Kit", "Stone", null);
    assertThatThrownBy(
            () ->
                run(
                    s -> {
                      s.family().insert(link(orgA, mum, kid, Set.of()));
                      s.family().setAgeOfMajority(orgA.id(), 16);
                      throw new IllegalStateException("host failure");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(list(s -> s.family().guardiansOf(orgA.id(), kid.person().id()))).isEmpty();
    assertThat(age(orgA)).isEmpty();
  }

  @Test
  void family_ageOfMajority_setPerOrganization() {
    assertThat(age(orgA)).isEmpty();
    run(s -> s.family().setAgeOfMajority(orgA.id(), 16));
    run(s -> s.family().setAgeOfMajority(orgA.id(), 21));
    assertThat(age(orgA)).hasValue(21);
    assertThat(age(orgB)).isEmpty();
  }
}
