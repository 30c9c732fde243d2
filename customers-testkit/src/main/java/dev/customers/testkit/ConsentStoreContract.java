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
 * The contract of {@link dev.customers.api.spi.ConsentStore}: purposes, history and current state. An adapter's test extends it (or nests it) and says
 * how to make its storage in {@link #storageUnderTest()}.
 */
public abstract class ConsentStoreContract extends StoreContractSupport {
  @Test
  void consent_purposes_insert_list_andDuplicateRefused() {
    ConsentPurpose photos = new ConsentPurpose("photos", "Photos on social media");
    ConsentPurpose news = new ConsentPurpose("newsletter", "Newsletter");
    run(s -> s.consent().insertPurpose(orgA.id(), photos));
    run(s -> s.consent().insertPurpose(orgA.id(), news));
    run(s -> s.consent().insertPurpose(orgB.id(), photos));
    assertThat(list(s -> s.consent().purposes(orgA.id()))).containsExactly(news, photos);
    assertThatThrownBy(() -> run(s -> s.consent().insertPurpose(orgA.id(), photos))).isInstanceOf(ConflictException.class);
  }

  @Test
  void consent_append_keepsHistory_andTheLatestAsCurrent() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    ConsentRecord granted = consent(orgA, ada.id(), "marketing_email", ConsentStatus.GRANTED);
    ConsentRecord sms = consent(orgA, ada.id(), "marketing_sms", ConsentStatus.GRANTED);
    ConsentRecord revoked = consent(orgA, ada.id(), "marketing_email", ConsentStatus.REVOKED);
    assertThat(list(s -> s.consent().current(orgA.id(), ada.id()))).containsExactlyInAnyOrder(revoked, sms);
    assertThat(list(s -> s.consent().history(orgA.id(), ada.id()))).containsExactly(revoked, sms, granted);
    assertThat(list(s -> s.consent().current(orgB.id(), ada.id()))).isEmpty();
  }
}
