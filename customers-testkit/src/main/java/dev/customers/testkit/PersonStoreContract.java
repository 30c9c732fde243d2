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
 * The contract of {@link dev.customers.api.spi.PersonStore}: insert, find, versioned update and the email rule across rosters. An adapter's test extends it (or nests it) and says
 * how to make its storage in {@link #storageUnderTest()}.
 */
public abstract class PersonStoreContract extends StoreContractSupport {
  @Test
  void persons_insert_thenFind() {
    Person person = person("Ada", "Lovelace", "ada@example.com");
    insertPerson(person);
    assertThat(optional(s -> s.persons().find(person.id()))).contains(person);
  }

  @Test
  void persons_insert_keepsAbsentOptionalFields() {
    Person person = new Person(PersonId.of(ids.next()), "Kid", "", null, null, null, null, now(), now(), 1);
    insertPerson(person);
    assertThat(optional(s -> s.persons().find(person.id()))).contains(person);
  }

  @Test
  void persons_find_unknown_isEmpty() {
    assertThat(optional(s -> s.persons().find(PersonId.of(ids.next())))).isEmpty();
  }

  @Test
  void persons_update_withCurrentVersion_replaces() {
    Person person = insertPerson(person("Ada", "Lovelace", "ada@example.com"));
    Person changed = person.withDetails("Augusta", "King", EmailAddress.of("augusta@example.com"), "aking",
        "+44 20 7946 0000", LocalDate.of(1815, 12, 10), later());
    tx(s -> {
      s.persons().update(changed, 1);
      return null;
    });
    assertThat(optional(s -> s.persons().find(person.id()))).contains(changed);
  }

  @Test
  void persons_update_withStaleVersion_conflictsAndKeepsStoredPerson() {
    Person person = insertPerson(person("Ada", "Lovelace", "ada@example.com"));
    Person changed = person.withDetails("Augusta", "King", null, null, null, null, later());
    assertThatThrownBy(() -> tx(s -> {
      s.persons().update(changed, 7);
      return null;
    })).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
    assertThat(optional(s -> s.persons().find(person.id()))).contains(person);
  }

  @Test
  void persons_update_unknown_isNotFound() {
    Person ghost = person("Ghost", "Writer", null);
    assertThatThrownBy(() -> tx(s -> {
      s.persons().update(ghost.withDetails("G", "W", null, null, null, null, later()), 1);
      return null;
    })).isInstanceOf(NotFoundException.class);
  }

  @Test
  void persons_update_toEmailOfAnotherActiveCustomer_conflicts() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    RosterEntry bob = addCustomer(orgA, "Bob", "Babbage", "bob@example.com");
    Person taken = bob.person().withDetails("Bob", "Babbage", EmailAddress.of("ADA@example.com"), null, null, null, later());
    assertThatThrownBy(() -> tx(s -> {
      s.persons().update(taken, 1);
      return null;
    })).isInstanceOfSatisfying(ConflictException.class, e -> {
      assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE);
      assertThat(e.existingId()).contains(ada.id().toString());
    });
    assertThat(optional(s -> s.persons().find(bob.person().id()))).contains(bob.person());
  }

  @Test
  void persons_update_emailUsedOnlyInAnotherOrganization_isAllowed() {
    addCustomer(orgB, "Ada", "Lovelace", "ada@example.com");
    RosterEntry bob = addCustomer(orgA, "Bob", "Babbage", "bob@example.com");
    Person changed = bob.person().withDetails("Bob", "Babbage", EmailAddress.of("ada@example.com"), null, null, null, later());
    tx(s -> {
      s.persons().update(changed, 1);
      return null;
    });
    assertThat(optional(s -> s.customers().findActiveByEmail(orgA.id(), "ada@example.com")))
        .map(RosterEntry::id).contains(bob.id());
    assertThat(optional(s -> s.customers().findActiveByEmail(orgA.id(), "bob@example.com"))).isEmpty();
  }
}
