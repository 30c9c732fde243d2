package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.CustomerId;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.duplicates.DuplicatePair;
import dev.customers.api.duplicates.DuplicateQuery;
import dev.customers.api.duplicates.DuplicateReason;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.StatusFilter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Finding likely duplicates end to end over the storage the subclass supplies in {@link
 * #storageUnderTest()}: each reason, the status compared, a common value ignored, and staff only.
 */
public abstract class DuplicateServiceContract extends ServiceContractSupport {
  private CustomerProfile add(CustomerDetails details) {
    return sdk().roster().add(sdk().staff(), details);
  }

  private Set<DuplicateReason> reasons(List<DuplicatePair> pairs, CustomerId a, CustomerId b) {
    return pairs.stream()
        .filter(p -> Set.of(p.first().id(), p.second().id()).equals(Set.of(a, b)))
        .findFirst()
        .map(DuplicatePair::reasons)
        .orElse(Set.of());
  }

  @Test
  void duplicates_eachReason_strongestFirst() {
    LocalDate birthday = LocalDate.of(1990, 1, 1);
    CustomerProfile oldAda =
        add(CustomerDetails.of("Ada", "Lovelace").withEmail("ada@example.com"));
    sdk().roster().archive(sdk().admin(), oldAda.id());
    CustomerProfile ada = add(CustomerDetails.of("Ada", "King").withEmail("ADA@example.com"));
    CustomerProfile ben = add(CustomerDetails.of("Ben", "Adams").withPhone("+44 20 7946 0000"));
    CustomerProfile benny = add(CustomerDetails.of("Bernard", "Oak").withPhone("020 7946 0000"));
    CustomerProfile mary = add(CustomerDetails.of("Mary", "Jones").withBirthday(birthday));
    CustomerProfile mary2 = add(CustomerDetails.of("Máry", "JONES").withBirthday(birthday));
    CustomerProfile jon = add(CustomerDetails.of("Jon", "Smith"));
    CustomerProfile john = add(CustomerDetails.of("John", "Smith"));
    CustomerProfile lee = add(CustomerDetails.of("Lee", "Chan"));
    CustomerProfile chan = add(CustomerDetails.of("Chan", "Lee"));
    add(CustomerDetails.of("Zed", "Unique"));
    List<DuplicatePair> pairs = sdk().sdk().duplicates().find(sdk().staff(), DuplicateQuery.all());
    assertThat(reasons(pairs, oldAda.id(), ada.id())).containsExactly(DuplicateReason.SAME_EMAIL);
    assertThat(reasons(pairs, ben.id(), benny.id())).containsExactly(DuplicateReason.SAME_PHONE);
    assertThat(reasons(pairs, mary.id(), mary2.id()))
        .containsExactlyInAnyOrder(
            DuplicateReason.SAME_NAME_AND_BIRTHDAY, DuplicateReason.SIMILAR_NAME);
    assertThat(reasons(pairs, jon.id(), john.id())).containsExactly(DuplicateReason.SIMILAR_NAME);
    assertThat(reasons(pairs, lee.id(), chan.id())).containsExactly(DuplicateReason.SIMILAR_NAME);
    assertThat(pairs).hasSize(5);
    assertThat(pairs.get(0).reasons()).hasSize(2);
    assertThat(pairs.get(1).reasons()).containsExactly(DuplicateReason.SAME_EMAIL);
    assertThat(pairs).allSatisfy(p -> assertThat(p.first().id()).isLessThan(p.second().id()));
    // Active customers only: the archived copy is not compared.
    assertThat(
            reasons(
                sdk()
                    .sdk()
                    .duplicates()
                    .find(sdk().staff(), DuplicateQuery.all().withStatus(StatusFilter.ACTIVE)),
                oldAda.id(),
                ada.id()))
        .isEmpty();
    assertThat(sdk().sdk().duplicates().find(sdk().staff(), DuplicateQuery.all().withLimit(2)))
        .hasSize(2);
  }

  @Test
  void duplicates_aValueManyShare_saysNothing_andStaffOnly() {
    List<CustomerDetails> desk = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      desk.add(
          CustomerDetails.of("Member" + i, "Desk" + (char) ('a' + i)).withPhone("0161 496 0000"));
    }
    sdk().roster().addAll(sdk().staff(), desk);
    assertThat(sdk().sdk().duplicates().find(sdk().staff(), DuplicateQuery.all()))
        .noneMatch(p -> p.reasons().contains(DuplicateReason.SAME_PHONE));
    CustomerProfile ada = add(CustomerDetails.of("Ada", "Lovelace"));
    assertThatThrownBy(() -> sdk().sdk().duplicates().find(self(ada), DuplicateQuery.all()))
        .isInstanceOf(PermissionDeniedException.class);
  }
}
