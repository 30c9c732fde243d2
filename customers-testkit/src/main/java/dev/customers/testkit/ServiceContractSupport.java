package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Module;
import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.InvalidStateException;
import dev.customers.api.NotFoundException;
import dev.customers.api.OrganizationId;
import dev.customers.api.PageRequest;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.PersonId;
import dev.customers.api.StaffRole;
import dev.customers.api.ValidationException;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.consent.ConsentPurpose;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.fields.FieldAccess;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldScope;
import dev.customers.api.fields.FieldService;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.fields.FieldValue;
import dev.customers.api.fields.FieldValues;
import dev.customers.api.metrics.MetricReading;
import dev.customers.api.metrics.MetricSpec;
import dev.customers.api.metrics.MetricSummary;
import dev.customers.api.notes.Note;
import dev.customers.api.notes.NoteDraft;
import dev.customers.api.notes.NoteVisibility;
import dev.customers.api.org.Organization;
import dev.customers.api.profile.ProfileView;
import dev.customers.api.roster.Comparison;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerFilter;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.CustomerStatus;
import dev.customers.api.roster.MatchTier;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.roster.StatusFilter;
import dev.customers.api.roster.UpcomingBirthday;
import dev.customers.api.tags.Tag;
import dev.customers.api.tags.TagCount;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every service contract shares: the SDK running over the adapter under test with a fixed
 * clock, an organization and staff callers. Not a contract itself.
 */
public abstract class ServiceContractSupport {
  /** The running SDK of the current test. */
  protected TestCustomers t;

  private StorageUnderTest under;

  /** The adapter under test: a storage module over fresh, empty storage for each test. */
  protected abstract StorageUnderTest storageUnderTest();

  @BeforeEach
  void startSdk() {
    under = storageUnderTest();
    t = TestCustomers.with(under.module());
  }

  @AfterEach
  void closeSdk() {
    if (t != null) { // null when the storage skipped the test
      t.close();
      under.drop();
    }
  }

  /** The running SDK of the current test. */
  protected final TestCustomers sdk() {
    return t;
  }

  protected final FieldService fields() {
    return sdk().sdk().fields();
  }

  protected final CustomerProfile add(String first, String last) {
    return sdk().roster().add(sdk().staff(), Fixtures.details(first, last));
  }

  protected final Caller self(CustomerProfile customer) {
    return Caller.of(sdk().organization().id(), Actor.self(customer.person().id()));
  }

  protected final Caller staff(String id, StaffRole role) {
    return Caller.of(sdk().organization().id(), Actor.staff(id, role));
  }
}
