package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.customers.api.FieldError;
import dev.customers.api.PageRequest;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.StaffRole;
import dev.customers.api.ValidationException;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.fields.FieldAccess;
import dev.customers.api.fields.FieldScope;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.fields.FieldValue;
import dev.customers.api.fields.FieldValues;
import dev.customers.api.metrics.MetricSpec;
import dev.customers.api.notes.Note;
import dev.customers.api.notes.NoteDraft;
import dev.customers.api.notes.NoteVisibility;
import dev.customers.api.profile.ProfileView;
import dev.customers.api.roster.Comparison;
import dev.customers.api.roster.CustomerFilter;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.tags.Tag;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of the whole profile: what each caller may see, events after commit, refused
 * filters, end to end over the storage the subclass supplies in {@link #storageUnderTest()}.
 */
public abstract class ProfileServiceContract extends ServiceContractSupport {
  @Test
  void profile_oneCall_showsWhatTheCallerMaySee_alertsFirst() {
    CustomerProfile ada =
        sdk()
            .roster()
            .add(sdk().staff(), Fixtures.details("Ada", "Lovelace", LocalDate.of(1990, 3, 2)));
    fields()
        .define(
            sdk().admin(),
            FieldSpec.of("styles", "Styles", FieldType.MULTIPLE_CHOICE)
                .withChoices(List.of("Yoga", "Barre"))
                .withAccess(FieldAccess.customerVisible()));
    fields().define(sdk().admin(), FieldSpec.of("risk", "Risk notes", FieldType.TEXT));
    fields()
        .define(
            sdk().owner(),
            FieldSpec.of("salary", "Salary band", FieldType.TEXT)
                .withAccess(FieldAccess.restrictedTo(StaffRole.OWNER)));
    fields()
        .setValues(
            sdk().owner(),
            ada.id(),
            FieldValues.of("styles", "Barre")
                .and("styles", List.of("Barre", "Yoga"))
                .and("risk", "low")
                .and("salary", "B"));
    Tag vip = sdk().sdk().tags().create(sdk().admin(), "VIP", "#ffaa00");
    sdk().sdk().tags().assign(sdk().staff(), vip.id(), List.of(ada.id()));
    sdk().sdk().metrics().define(sdk().admin(), MetricSpec.counter("visits", "Visits"));
    sdk().sdk().metrics().increment(sdk().staff(), ada.id(), "visits", BigDecimal.ONE, "checkin");
    Note pinned =
        sdk()
            .sdk()
            .notes()
            .add(sdk().staff(), ada.id(), NoteDraft.of("Teaches on Fridays").asPinned());
    sdk().clock().advance(Duration.ofSeconds(1));
    Note alert =
        sdk()
            .sdk()
            .notes()
            .add(
                sdk().staff(),
                ada.id(),
                NoteDraft.of("Peanut allergy").asAlert().visibleTo(NoteVisibility.CUSTOMER));
    sdk()
        .sdk()
        .notes()
        .add(sdk().admin(), ada.id(), NoteDraft.of("Admins only").visibleTo(NoteVisibility.ADMINS));
    sdk()
        .sdk()
        .consent()
        .record(sdk().staff(), ada.id(), "marketing_sms", ConsentStatus.GRANTED, "desk");

    ProfileView staffView = sdk().sdk().profiles().view(sdk().staff(), ada.id());
    assertThat(staffView.alerts()).containsExactly(alert);
    assertThat(staffView.profile().birthdayToday()).isTrue();
    assertThat(staffView.fields())
        .extracting(v -> v.key() + "=" + v.text())
        .containsExactly("styles=Yoga, Barre", "risk=low");
    assertThat(staffView.tags()).containsExactly(vip);
    assertThat(staffView.pinnedNotes()).containsExactly(pinned);
    assertThat(staffView.noteCount()).isEqualTo(2);
    assertThat(staffView.metrics())
        .extracting(v -> v.key() + "=" + v.value().toPlainString())
        .containsExactly("visits=1");
    assertThat(staffView.consents())
        .extracting(c -> c.purpose().key() + "=" + c.status())
        .containsExactly("marketing_email=UNKNOWN", "marketing_sms=GRANTED");

    assertThat(sdk().sdk().profiles().view(sdk().owner(), ada.id()).fields())
        .extracting(FieldValue::key)
        .containsExactly("styles", "risk", "salary");
    assertThat(sdk().sdk().profiles().view(sdk().owner(), ada.id()).noteCount()).isEqualTo(3);

    ProfileView own = sdk().sdk().profiles().view(self(ada), ada.id());
    assertThat(own.fields()).extracting(FieldValue::key).containsExactly("styles");
    assertThat(own.alerts()).containsExactly(alert);
    assertThat(own.pinnedNotes()).isEmpty();
    assertThat(own.noteCount()).isEqualTo(1);
    assertThat(own.tags()).isEmpty();
    assertThat(own.metrics()).isEmpty();
    CustomerProfile ben = add("Ben", "Adams");
    assertThatThrownBy(() -> sdk().sdk().profiles().view(self(ben), ada.id()))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void profileChanges_publishEventsAfterCommit_andRefusedOnesPublishNone() {
    CustomerProfile ada = add("Ada", "Lovelace");
    fields().define(sdk().admin(), FieldSpec.of("level", "Level", FieldType.TEXT));
    Tag vip = sdk().sdk().tags().create(sdk().admin(), "VIP", "#ffaa00");
    sdk().sdk().metrics().define(sdk().admin(), MetricSpec.counter("visits", "Visits"));
    sdk().events().clear();
    fields().setValues(sdk().staff(), ada.id(), FieldValues.of("level", "Advanced"));
    sdk().sdk().tags().assign(sdk().staff(), vip.id(), List.of(ada.id()));
    Note alert =
        sdk().sdk().notes().add(sdk().staff(), ada.id(), NoteDraft.of("Peanut allergy").asAlert());
    sdk().sdk().metrics().increment(sdk().staff(), ada.id(), "visits", BigDecimal.ONE, "checkin");
    sdk()
        .sdk()
        .consent()
        .record(sdk().staff(), ada.id(), "marketing_sms", ConsentStatus.REVOKED, "desk");
    sdk().sdk().tags().delete(sdk().admin(), vip.id());
    assertThatThrownBy(
            () -> fields().setValues(sdk().staff(), ada.id(), FieldValues.of("level", "x\ny")))
        .isInstanceOf(ValidationException.class);
    assertThat(sdk().events().events())
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly(
            "FieldsChanged",
            "TagChanged",
            "NoteAdded",
            "MetricRecorded",
            "ConsentChanged",
            "TagChanged");
    assertThat(sdk().events().eventsOf(CustomerEvent.FieldsChanged.class).get(0).keys())
        .containsExactly("level");
    assertThat(sdk().events().eventsOf(CustomerEvent.TagChanged.class))
        .extracting(CustomerEvent.TagChanged::added)
        .containsExactly(true, false);
    assertThat(sdk().events().eventsOf(CustomerEvent.NoteAdded.class).get(0).noteId())
        .isEqualTo(alert.id());
    assertThat(sdk().events().eventsOf(CustomerEvent.MetricRecorded.class).get(0).value())
        .isEqualByComparingTo("1");
    assertThat(sdk().events().eventsOf(CustomerEvent.ConsentChanged.class).get(0).status())
        .isEqualTo(ConsentStatus.REVOKED);
  }

  @Test
  void filters_onFieldsTheCallerMayNotSee_areRefused_andAuditLeavesOutTheirChanges() {
    CustomerProfile ada = add("Ada", "Lovelace");
    CustomerProfile ben = add("Ben", "Adams");
    fields()
        .define(
            sdk().owner(),
            FieldSpec.of("salary", "Salary band", FieldType.TEXT)
                .withAccess(FieldAccess.restrictedTo(StaffRole.OWNER)));
    fields()
        .define(
            sdk().admin(),
            FieldSpec.of("shoe", "Shoe size", FieldType.DECIMAL).withScope(FieldScope.PERSON));
    fields().setValues(sdk().owner(), ada.id(), FieldValues.of("salary", "B").and("shoe", "38.5"));
    fields().setValues(sdk().owner(), ben.id(), FieldValues.of("shoe", "44"));
    CustomerFilter bySalary = CustomerFilter.field("salary", Comparison.EQ, "B");
    // A hidden field is answered exactly as a field that does not exist.
    CustomerFilter byNothing = CustomerFilter.field("no_such_field", Comparison.EQ, "B");
    for (CustomerFilter filter : List.of(bySalary, byNothing)) {
      assertThatThrownBy(
              () -> sdk().roster().list(sdk().admin(), CustomerQuery.active().withFilter(filter)))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e ->
                  assertThat(e.errors())
                      .extracting(FieldError::field, FieldError::problem)
                      .containsExactly(tuple("filter.field", "no such field")));
      assertThatThrownBy(
              () -> sdk().roster().search(sdk().admin(), SearchQuery.of("a").withFilter(filter)))
          .isInstanceOf(ValidationException.class);
    }
    assertThat(
            sdk().roster().list(sdk().owner(), CustomerQuery.active().withFilter(bySalary)).items())
        .extracting(RosterEntry::id)
        .containsExactly(ada.id());
    assertThat(
            sdk()
                .roster()
                .list(
                    sdk().staff(),
                    CustomerQuery.active()
                        .withFilter(
                            CustomerFilter.allOf(
                                CustomerFilter.field("shoe", Comparison.LT, "40"),
                                CustomerFilter.fieldSet("shoe"))))
                .items())
        .extracting(RosterEntry::id)
        .containsExactly(ada.id());
    assertThatThrownBy(
            () ->
                sdk()
                    .roster()
                    .list(
                        sdk().staff(),
                        CustomerQuery.active()
                            .withFilter(CustomerFilter.field("shoe", Comparison.LT, "big"))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("filter.shoe"));
    assertThatThrownBy(
            () ->
                sdk()
                    .roster()
                    .list(
                        sdk().staff(),
                        CustomerQuery.active()
                            .withFilter(CustomerFilter.field("nope", Comparison.EQ, "x"))))
        .isInstanceOf(ValidationException.class);
    fields().setValues(sdk().owner(), ben.id(), FieldValues.of("salary", "Band Bravo"));
    assertThat(sdk().roster().search(sdk().admin(), SearchQuery.of("bravo")).items()).isEmpty();
    assertThat(sdk().roster().search(sdk().owner(), SearchQuery.of("bravo")).items())
        .extracting(hit -> hit.entry().id() + " " + hit.tier())
        .containsExactly(ben.id() + " FIELD");
    List<AuditEntry> adminTrail =
        sdk().sdk().audit().forCustomer(sdk().admin(), ada.id(), PageRequest.first(50)).items();
    assertThat(adminTrail)
        .flatExtracting(AuditEntry::changes)
        .extracting(FieldChange::field)
        .contains("field.shoe")
        .doesNotContain("field.salary");
    List<AuditEntry> ownerTrail =
        sdk().sdk().audit().forCustomer(sdk().owner(), ada.id(), PageRequest.first(50)).items();
    assertThat(ownerTrail)
        .flatExtracting(AuditEntry::changes)
        .extracting(FieldChange::field)
        .contains("field.salary");
  }
}
