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
 * The contract of {@link dev.customers.api.spi.OrganizationStore}: insert, find, paging and duplicates. An adapter's test extends it (or nests it) and says
 * how to make its storage in {@link #storageUnderTest()}.
 */
public abstract class OrganizationStoreContract extends StoreContractSupport {
  @Test
  void organizations_insert_thenFind() {
    Organization org = organization("Pilates Place");
    assertThat(optional(s -> s.organizations().find(org.id()))).contains(org);
  }

  @Test
  void organizations_find_unknown_isEmpty() {
    assertThat(optional(s -> s.organizations().find(OrganizationId.of(ids.next())))).isEmpty();
  }

  @Test
  void organizations_list_pagesInCreationOrder() {
    List<Organization> created = new ArrayList<>(List.of(orgA, orgB));
    for (int i = 0; i < 3; i++) {
      created.add(organization("Studio " + i));
    }
    List<Organization> listed = new ArrayList<>();
    PageRequest page = PageRequest.first(2);
    while (true) {
      PageRequest request = page;
      Page<Organization> p = tx(s -> s.organizations().list(request));
      listed.addAll(p.items());
      if (!p.hasMore()) {
        break;
      }
      page = page.after(p.nextCursor());
    }
    assertThat(listed).containsExactlyElementsOf(created);
  }

  @Test
  void organizations_insert_sameIdTwice_conflicts() {
    assertThatThrownBy(() -> tx(s -> {
      s.organizations().insert(orgA);
      return null;
    })).isInstanceOf(ConflictException.class);
  }
}
