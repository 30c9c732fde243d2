package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.NotFoundException;
import dev.customers.api.TagId;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.tags.Tag;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.customers.api.spi.TagStore}: tags, names, assignments and counts. An
 * adapter's test extends it (or nests it) and says how to make its storage in {@link
 * #storageUnderTest()}.
 */
public abstract class TagStoreContract extends StoreContractSupport {
  @Test
  void tags_insert_find_andList_byNameIgnoringCase() {
    Tag vip = tag(orgA, "VIP");
    Tag beginner = tag(orgA, "beginner");
    tag(orgB, "Other");
    assertThat(optional(s -> s.tags().find(orgA.id(), vip.id()))).contains(vip);
    assertThat(optional(s -> s.tags().find(orgB.id(), vip.id()))).isEmpty();
    assertThat(list(s -> s.tags().list(orgA.id()))).containsExactly(beginner, vip);
  }

  @Test
  void tags_nameInUse_ignoringCase_isDuplicate_onInsertAndUpdate() {
    Tag vip = tag(orgA, "VIP");
    Tag other = tag(orgA, "Regular");
    assertThatThrownBy(() -> tag(orgA, " vip "))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.existingId()).contains(vip.id().toString()));
    assertThatThrownBy(() -> run(s -> s.tags().update(other.renamed("Vip"), other.version())))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));
    tag(orgB, "VIP");
  }

  @Test
  void tags_update_atExpectedVersion_andStaleRefused() {
    Tag vip = tag(orgA, "VIP");
    Tag renamed = vip.renamed("V.I.P.").recoloured("#ff0000");
    run(s -> s.tags().update(renamed, vip.version()));
    assertThat(optional(s -> s.tags().find(orgA.id(), vip.id()))).contains(renamed);
    assertThatThrownBy(() -> run(s -> s.tags().update(vip.renamed("x"), vip.version())))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
  }

  @Test
  void tags_assign_isIdempotent_unassign_returnsWhoHadIt_andTagsOfListsByName() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    RosterEntry ben = addCustomer(orgA, "Ben", "Adams", null);
    Tag vip = tag(orgA, "VIP");
    Tag early = tag(orgA, "early bird");
    assertThat(list(s -> s.tags().assign(orgA.id(), vip.id(), List.of(ada.id(), ada.id()))))
        .containsExactly(ada.id());
    assertThat(list(s -> s.tags().assign(orgA.id(), vip.id(), List.of(ada.id(), ben.id()))))
        .containsExactly(ben.id());
    run(s -> s.tags().assign(orgA.id(), early.id(), List.of(ada.id())));
    assertThat(list(s -> s.tags().tagsOf(orgA.id(), ada.id()))).containsExactly(early, vip);
    assertThat(list(s -> s.tags().unassign(orgA.id(), vip.id(), List.of(ada.id(), ada.id()))))
        .containsExactly(ada.id());
    assertThat(list(s -> s.tags().unassign(orgA.id(), vip.id(), List.of(ada.id())))).isEmpty();
    assertThat(list(s -> s.tags().tagsOf(orgA.id(), ada.id()))).containsExactly(early);
    assertThat(list(s -> s.tags().tagsOf(orgB.id(), ada.id()))).isEmpty();
    assertThatThrownBy(
            () -> run(s -> s.tags().assign(orgA.id(), TagId.of(newId()), List.of(ada.id()))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void tags_tagsOfAll_answersAsTagsOfDoesForEach_perOrganization() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    RosterEntry ben = addCustomer(orgA, "Ben", "Adams", null);
    RosterEntry cy = addCustomer(orgA, "Cy", "None", null);
    Tag vip = tag(orgA, "VIP");
    Tag early = tag(orgA, "early bird");
    run(s -> s.tags().assign(orgA.id(), vip.id(), List.of(ada.id(), ben.id())));
    run(s -> s.tags().assign(orgA.id(), early.id(), List.of(ada.id())));
    java.util.Map<dev.customers.api.CustomerId, List<Tag>> all =
        tx(s -> s.tags().tagsOfAll(orgA.id(), List.of(ada.id(), ben.id(), cy.id())));
    assertThat(all.get(ada.id())).containsExactly(early, vip);
    assertThat(all.get(ben.id())).containsExactly(vip);
    assertThat(all.getOrDefault(cy.id(), List.of())).isEmpty();
    assertThat(all.keySet()).isSubsetOf(ada.id(), ben.id(), cy.id());
    java.util.Map<dev.customers.api.CustomerId, List<Tag>> elsewhere =
        tx(s -> s.tags().tagsOfAll(orgB.id(), List.of(ada.id(), ben.id())));
    assertThat(elsewhere.values()).allSatisfy(tags -> assertThat(tags).isEmpty());
    java.util.Map<dev.customers.api.CustomerId, List<Tag>> none =
        tx(s -> s.tags().tagsOfAll(orgA.id(), List.of()));
    assertThat(none).isEmpty();
  }

  @Test
  void tags_delete_removesAssignments_andReturnsWhoHadIt() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    RosterEntry ben = addCustomer(orgA, "Ben", "Adams", null);
    Tag vip = tag(orgA, "VIP");
    Tag keep = tag(orgA, "Keep");
    run(s -> s.tags().assign(orgA.id(), vip.id(), List.of(ada.id(), ben.id())));
    run(s -> s.tags().assign(orgA.id(), keep.id(), List.of(ada.id())));
    List<CustomerId> had = list(s -> s.tags().delete(orgA.id(), vip.id()));
    assertThat(had).containsExactlyInAnyOrder(ada.id(), ben.id());
    assertThat(optional(s -> s.tags().find(orgA.id(), vip.id()))).isEmpty();
    assertThat(list(s -> s.tags().tagsOf(orgA.id(), ada.id()))).containsExactly(keep);
    assertThat(list(s -> s.tags().delete(orgA.id(), vip.id()))).isEmpty();
  }

  @Test
  void tags_activeCounts_leaveOutArchivedCustomers() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    RosterEntry ben = addCustomer(orgA, "Ben", "Adams", null);
    Tag vip = tag(orgA, "VIP");
    Tag unused = tag(orgA, "Unused");
    run(s -> s.tags().assign(orgA.id(), vip.id(), List.of(ada.id(), ben.id())));
    archive(ben);
    Map<TagId, Long> counts = tx(s -> s.tags().activeCounts(orgA.id()));
    assertThat(counts).containsExactly(Map.entry(vip.id(), 1L)).doesNotContainKey(unused.id());
    assertThat(this.<Map<TagId, Long>>tx(s -> s.tags().activeCounts(orgB.id()))).isEmpty();
  }
}
