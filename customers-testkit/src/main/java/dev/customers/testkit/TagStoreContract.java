package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.FieldId;
import dev.customers.api.MetricId;
import dev.customers.api.NotFoundException;
import dev.customers.api.NoteId;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.PageRequest;
import dev.customers.api.PersonId;
import dev.customers.api.StaffRole;
import dev.customers.api.TagId;
import dev.customers.api.ValidationException;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.consent.ConsentPurpose;
import dev.customers.api.consent.ConsentRecord;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.fields.FieldAccess;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldScope;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.metrics.MetricDefinition;
import dev.customers.api.metrics.MetricReading;
import dev.customers.api.metrics.MetricSpec;
import dev.customers.api.metrics.MetricSummary;
import dev.customers.api.notes.Note;
import dev.customers.api.notes.NoteRevision;
import dev.customers.api.notes.NoteVisibility;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.Comparison;
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
import dev.customers.api.spi.FieldRef;
import dev.customers.api.spi.IdSource;
import dev.customers.api.spi.NoteScope;
import dev.customers.api.spi.OutboxMessage;
import dev.customers.api.spi.Storage;
import dev.customers.api.spi.StoreWork;
import dev.customers.api.spi.StoredFieldValue;
import dev.customers.api.tags.Tag;
import dev.customers.core.internal.UuidV7Source;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.customers.api.spi.TagStore}: tags, names, assignments and counts. An adapter's test extends it (or nests it) and says
 * how to make its storage in {@link #storageUnderTest()}.
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
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.existingId()).contains(vip.id().toString()));
    assertThatThrownBy(() -> run(s -> s.tags().update(other.renamed("Vip"), other.version())))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));
    tag(orgB, "VIP");
  }

  @Test
  void tags_update_atExpectedVersion_andStaleRefused() {
    Tag vip = tag(orgA, "VIP");
    Tag renamed = vip.renamed("V.I.P.").recoloured("#ff0000");
    run(s -> s.tags().update(renamed, vip.version()));
    assertThat(optional(s -> s.tags().find(orgA.id(), vip.id()))).contains(renamed);
    assertThatThrownBy(() -> run(s -> s.tags().update(vip.renamed("x"), vip.version())))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
  }

  @Test
  void tags_assign_isIdempotent_unassign_returnsWhoHadIt_andTagsOfListsByName() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    RosterEntry ben = addCustomer(orgA, "Ben", "Adams", null);
    Tag vip = tag(orgA, "VIP");
    Tag early = tag(orgA, "early bird");
    assertThat(list(s -> s.tags().assign(orgA.id(), vip.id(), List.of(ada.id(), ada.id())))).containsExactly(ada.id());
    assertThat(list(s -> s.tags().assign(orgA.id(), vip.id(), List.of(ada.id(), ben.id())))).containsExactly(ben.id());
    run(s -> s.tags().assign(orgA.id(), early.id(), List.of(ada.id())));
    assertThat(list(s -> s.tags().tagsOf(orgA.id(), ada.id()))).containsExactly(early, vip);
    assertThat(list(s -> s.tags().unassign(orgA.id(), vip.id(), List.of(ada.id(), ada.id())))).containsExactly(ada.id());
    assertThat(list(s -> s.tags().unassign(orgA.id(), vip.id(), List.of(ada.id())))).isEmpty();
    assertThat(list(s -> s.tags().tagsOf(orgA.id(), ada.id()))).containsExactly(early);
    assertThat(list(s -> s.tags().tagsOf(orgB.id(), ada.id()))).isEmpty();
    assertThatThrownBy(() -> run(s -> s.tags().assign(orgA.id(), TagId.of(newId()), List.of(ada.id()))))
        .isInstanceOf(NotFoundException.class);
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
