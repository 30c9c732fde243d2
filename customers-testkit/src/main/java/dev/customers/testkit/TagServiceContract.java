package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.ConflictException;
import dev.customers.api.NotFoundException;
import dev.customers.api.PageRequest;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.ValidationException;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.roster.CustomerFilter;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.tags.Tag;
import dev.customers.api.tags.TagCount;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of the tag service: lifecycle, assignments, counts, filters and audit, end to end
 * over the storage the subclass supplies in {@link #storageUnderTest()}.
 */
public abstract class TagServiceContract extends ServiceContractSupport {
  @Test
  void tags_lifecycle_assignmentsCountsFilterAndAudit() {
    CustomerProfile ada = add("Ada", "Lovelace");
    CustomerProfile ben = add("Ben", "Adams");
    Tag vip = sdk().sdk().tags().create(sdk().admin(), "VIP", "#FFAA00");
    assertThat(vip.colour()).isEqualTo("#ffaa00");
    assertThatThrownBy(() -> sdk().sdk().tags().create(sdk().admin(), "vip", "#000000"))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> sdk().sdk().tags().create(sdk().admin(), "x", "red"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("colour"));
    assertThatThrownBy(() -> sdk().sdk().tags().create(sdk().staff(), "Mine", "#000000"))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(
            sdk()
                .sdk()
                .tags()
                .assign(sdk().staff(), vip.id(), List.of(ada.id(), ben.id(), ada.id())))
        .isEqualTo(2);
    assertThat(sdk().sdk().tags().assign(sdk().staff(), vip.id(), List.of(ada.id()))).isZero();
    Tag renamed = sdk().sdk().tags().rename(sdk().admin(), vip.id(), "Gold");
    sdk().sdk().tags().recolour(sdk().admin(), vip.id(), "#00aa00");
    assertThat(sdk().sdk().tags().tagsOf(sdk().staff(), ada.id()))
        .extracting(Tag::name)
        .containsExactly("Gold");
    assertThat(sdk().sdk().tags().counts(sdk().staff()))
        .containsExactly(new TagCount(sdk().sdk().tags().list(sdk().staff()).get(0), 2));
    assertThat(
            sdk()
                .roster()
                .list(
                    sdk().staff(), CustomerQuery.active().withFilter(CustomerFilter.tag(vip.id())))
                .items())
        .extracting(RosterEntry::id)
        .containsExactly(ben.id(), ada.id());
    assertThat(sdk().sdk().tags().unassign(sdk().staff(), vip.id(), List.of(ben.id())))
        .isEqualTo(1);
    sdk().sdk().tags().delete(sdk().admin(), vip.id());
    assertThat(sdk().sdk().tags().tagsOf(sdk().staff(), ada.id())).isEmpty();
    List<AuditEntry> audit =
        sdk().sdk().audit().forCustomer(sdk().admin(), ada.id(), PageRequest.first(50)).items();
    assertThat(audit).extracting(AuditEntry::action).endsWith("tag.assigned", "tag.deleted");
    assertThat(audit.get(audit.size() - 1).changes())
        .containsExactly(new FieldChange("tags", renamed.name(), null));
    assertThatThrownBy(() -> sdk().sdk().tags().rename(sdk().admin(), vip.id(), "x"))
        .isInstanceOf(NotFoundException.class);
  }
}
