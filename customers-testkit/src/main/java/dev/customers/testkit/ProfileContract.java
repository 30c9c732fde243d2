package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.ConflictException;
import dev.customers.api.InvalidStateException;
import dev.customers.api.NotFoundException;
import dev.customers.api.PageRequest;
import dev.customers.api.PermissionDeniedException;
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
import dev.customers.api.profile.ProfileView;
import dev.customers.api.roster.Comparison;
import dev.customers.api.roster.CustomerFilter;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.tags.Tag;
import dev.customers.api.tags.TagCount;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Fields, tags, notes, metrics, consent and the whole profile, end to end over the storage a
 * subclass supplies, with the roster scenarios of {@link RosterContract}.
 */
public abstract class ProfileContract extends RosterContract {

  private FieldService fields() {
    return sdk().sdk().fields();
  }

  private CustomerProfile add(String first, String last) {
    return sdk().roster().add(sdk().staff(), Fixtures.details(first, last));
  }

  private Caller self(CustomerProfile customer) {
    return Caller.of(sdk().organization().id(), Actor.self(customer.person().id()));
  }

  private Caller staff(String id, StaffRole role) {
    return Caller.of(sdk().organization().id(), Actor.staff(id, role));
  }

  @Test
  void fields_defineReorderArchive_keepOrderAndValues() {
    FieldDefinition a = fields().define(sdk().admin(), FieldSpec.of("a", "A", FieldType.TEXT));
    FieldDefinition secret = fields().define(sdk().owner(), FieldSpec.of("secret", "Secret", FieldType.TEXT)
        .withAccess(FieldAccess.restrictedTo(StaffRole.OWNER)));
    FieldDefinition b = fields().define(sdk().admin(), FieldSpec.of("b", "B", FieldType.NUMBER));
    FieldDefinition c = fields().define(sdk().admin(), FieldSpec.of("c", "C", FieldType.DATE));
    assertThat(fields().definitions(sdk().admin(), false)).extracting(FieldDefinition::key).containsExactly("a", "b", "c");

    // The admin drags c to the top; the owner-only field they cannot see keeps its place.
    List<FieldDefinition> reordered = fields().reorder(sdk().admin(), List.of(c.id(), a.id(), b.id()));
    assertThat(reordered).extracting(FieldDefinition::key).containsExactly("c", "a", "b");
    assertThat(fields().definitions(sdk().owner(), false)).extracting(FieldDefinition::key)
        .containsExactly("c", "secret", "a", "b");
    assertThat(fields().reorder(sdk().admin(), List.of(c.id(), a.id(), b.id()))).isEqualTo(reordered);
    assertThatThrownBy(() -> fields().reorder(sdk().admin(), List.of(c.id(), a.id())))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).contains("b").contains("missing"));
    assertThatThrownBy(() -> fields().reorder(sdk().admin(), List.of(c.id(), a.id(), b.id(), secret.id())))
        .isInstanceOf(ValidationException.class);

    CustomerProfile ada = add("Ada", "Lovelace");
    fields().setValues(sdk().staff(), ada.id(), FieldValues.of("a", "kept").and("b", "7"));
    fields().archive(sdk().admin(), a.id());
    assertThat(fields().values(sdk().staff(), ada.id())).extracting(FieldValue::key).containsExactly("b");
    assertThat(fields().definitions(sdk().admin(), true)).extracting(FieldDefinition::key).contains("a");
    assertThatThrownBy(() -> fields().setValues(sdk().staff(), ada.id(), FieldValues.of("a", "x")))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> fields().archive(sdk().admin(), a.id())).isInstanceOf(InvalidStateException.class);
    fields().unarchive(sdk().admin(), a.id());
    assertThat(fields().values(sdk().staff(), ada.id())).extracting(FieldValue::text).containsExactly("kept", "7");
  }

  @Test
  void fields_defineAndUpdate_refuseWhatWouldBreakValues() {
    FieldDefinition level = fields().define(sdk().admin(), FieldSpec.of("level", "Level", FieldType.SINGLE_CHOICE)
        .withChoices(List.of("Beginner", "Advanced")));
    assertThatThrownBy(() -> fields().define(sdk().admin(), FieldSpec.of("level", "Again", FieldType.TEXT)))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.existingId()).contains(level.id().toString()));
    assertThatThrownBy(() -> fields().define(sdk().admin(), FieldSpec.of("Bad Key", "x", FieldType.TEXT)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("key"));
    assertThatThrownBy(() -> fields().define(sdk().admin(), FieldSpec.of("pick", "Pick", FieldType.SINGLE_CHOICE)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("choices"));
    assertThatThrownBy(() -> fields().define(sdk().staff(), FieldSpec.of("x", "x", FieldType.TEXT)))
        .isInstanceOf(PermissionDeniedException.class);

    CustomerProfile ada = add("Ada", "Lovelace");
    fields().setValues(sdk().staff(), ada.id(), FieldValues.of("level", "Advanced"));
    assertThatThrownBy(() -> fields().update(sdk().admin(), level.id(), level.version(), level.spec().withChoices(List.of("Beginner"))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).value()).isEqualTo("Advanced"));
    assertThatThrownBy(() -> fields().update(sdk().admin(), level.id(), level.version(),
        FieldSpec.of("level", "Level", FieldType.TEXT))).isInstanceOf(ValidationException.class);
    FieldDefinition updated = fields().update(sdk().admin(), level.id(), level.version(),
        level.spec().withLabel("Class level").withChoices(List.of("Beginner", "Intermediate", "Advanced")));
    assertThat(updated.spec().label()).isEqualTo("Class level");
    assertThatThrownBy(() -> fields().update(sdk().admin(), level.id(), level.version(), level.spec()))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
  }

  @Test
  void fields_setValues_isAllOrNothing_andListsEveryBadValue() {
    fields().define(sdk().admin(), FieldSpec.of("size", "Size", FieldType.NUMBER));
    fields().define(sdk().admin(), FieldSpec.of("since", "Since", FieldType.DATE));
    fields().define(sdk().admin(), FieldSpec.of("city", "City", FieldType.TEXT));
    CustomerProfile ada = add("Ada", "Lovelace");
    fields().setValues(sdk().staff(), ada.id(), FieldValues.of("city", "York"));
    assertThatThrownBy(() -> fields().setValues(sdk().staff(), ada.id(),
        FieldValues.of(Map.of("size", "big", "since", "yesterday", "city", "Leeds"))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(error -> error.field() + "=" + error.value())
            .containsExactlyInAnyOrder("fields.size=big", "fields.since=yesterday"));
    assertThatThrownBy(() -> fields().setValues(sdk().staff(), ada.id(), FieldValues.of("nope", "x")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).contains("fields.nope"));
    assertThat(fields().values(sdk().staff(), ada.id())).extracting(FieldValue::text).containsExactly("York");
    List<FieldValue> after = fields().setValues(sdk().staff(), ada.id(),
        FieldValues.of("size", "41").and("since", "2020-05-01").cleared("city"));
    assertThat(after).extracting(FieldValue::key).containsExactly("size", "since");
    List<AuditEntry> audit = sdk().sdk().audit().forCustomer(sdk().owner(), ada.id(), PageRequest.first(50)).items();
    assertThat(audit.get(audit.size() - 1).changes()).containsExactlyInAnyOrder(
        new FieldChange("field.size", null, "41"), new FieldChange("field.since", null, "2020-05-01"),
        new FieldChange("field.city", "York", null));
  }

  @Test
  void fields_requiredWriteOnceAndCustomerEditing_areEnforced() {
    fields().define(sdk().admin(), FieldSpec.of("emergency", "Emergency contact", FieldType.PHONE).withRequired(true)
        .withScope(FieldScope.PERSON).withAccess(FieldAccess.customerEditable()).withPersonalData(true));
    fields().define(sdk().admin(), FieldSpec.of("waiver", "Waiver signed", FieldType.DATE).withWriteOnce(true)
        .withAccess(FieldAccess.customerVisible()));
    CustomerProfile ada = add("Ada", "Lovelace");
    Caller asAda = self(ada);
    fields().setValues(asAda, ada.id(), FieldValues.of("emergency", "0113 496 0000"));
    assertThatThrownBy(() -> fields().setValues(asAda, ada.id(), new FieldValues(Map.of("emergency", List.of()))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).contains("required"));
    assertThatThrownBy(() -> fields().setValues(asAda, ada.id(), FieldValues.of("waiver", "2026-03-01")))
        .isInstanceOf(PermissionDeniedException.class);
    fields().setValues(sdk().staff(), ada.id(), FieldValues.of("waiver", "2026-03-01"));
    fields().setValues(sdk().staff(), ada.id(), FieldValues.of("waiver", "2026-03-01")); // unchanged: allowed
    assertThatThrownBy(() -> fields().setValues(sdk().admin(), ada.id(), FieldValues.of("waiver", "2026-03-02")))
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.getMessage()).contains("write-once"));
    fields().setValues(sdk().owner(), ada.id(), FieldValues.of("waiver", "2026-03-02"));
    assertThat(fields().values(asAda, ada.id())).extracting(FieldValue::text).containsExactly("0113 496 0000", "2026-03-02");
    CustomerProfile ben = add("Ben", "Adams");
    assertThatThrownBy(() -> fields().values(asAda, ben.id())).isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void tags_lifecycle_assignmentsCountsFilterAndAudit() {
    CustomerProfile ada = add("Ada", "Lovelace");
    CustomerProfile ben = add("Ben", "Adams");
    Tag vip = sdk().sdk().tags().create(sdk().admin(), "VIP", "#FFAA00");
    assertThat(vip.colour()).isEqualTo("#ffaa00");
    assertThatThrownBy(() -> sdk().sdk().tags().create(sdk().admin(), "vip", "#000000")).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> sdk().sdk().tags().create(sdk().admin(), "x", "red"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("colour"));
    assertThatThrownBy(() -> sdk().sdk().tags().create(sdk().staff(), "Mine", "#000000")).isInstanceOf(PermissionDeniedException.class);
    assertThat(sdk().sdk().tags().assign(sdk().staff(), vip.id(), List.of(ada.id(), ben.id(), ada.id()))).isEqualTo(2);
    assertThat(sdk().sdk().tags().assign(sdk().staff(), vip.id(), List.of(ada.id()))).isZero();
    Tag renamed = sdk().sdk().tags().rename(sdk().admin(), vip.id(), "Gold");
    sdk().sdk().tags().recolour(sdk().admin(), vip.id(), "#00aa00");
    assertThat(sdk().sdk().tags().tagsOf(sdk().staff(), ada.id())).extracting(Tag::name).containsExactly("Gold");
    assertThat(sdk().sdk().tags().counts(sdk().staff())).containsExactly(
        new TagCount(sdk().sdk().tags().list(sdk().staff()).get(0), 2));
    assertThat(sdk().roster().list(sdk().staff(), CustomerQuery.active().withFilter(CustomerFilter.tag(vip.id()))).items())
        .extracting(RosterEntry::id).containsExactly(ben.id(), ada.id());
    assertThat(sdk().sdk().tags().unassign(sdk().staff(), vip.id(), List.of(ben.id()))).isEqualTo(1);
    sdk().sdk().tags().delete(sdk().admin(), vip.id());
    assertThat(sdk().sdk().tags().tagsOf(sdk().staff(), ada.id())).isEmpty();
    List<AuditEntry> audit = sdk().sdk().audit().forCustomer(sdk().admin(), ada.id(), PageRequest.first(50)).items();
    assertThat(audit).extracting(AuditEntry::action).endsWith("tag.assigned", "tag.deleted");
    assertThat(audit.get(audit.size() - 1).changes()).containsExactly(new FieldChange("tags", renamed.name(), null));
    assertThatThrownBy(() -> sdk().sdk().tags().rename(sdk().admin(), vip.id(), "x")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void notes_revisionsVisibilityPinsAlertsAndSoftDelete() {
    CustomerProfile ada = add("Ada", "Lovelace");
    Caller amy = staff("amy", StaffRole.STAFF);
    Caller bob = staff("bob", StaffRole.STAFF);
    Note note = sdk().sdk().notes().add(amy, ada.id(), NoteDraft.of("Prefers the back row"));
    Note edited = sdk().sdk().notes().edit(amy, note.id(), note.version(), "Prefers the front row");
    assertThat(sdk().sdk().notes().revisions(bob, note.id())).singleElement()
        .satisfies(r -> assertThat(r.previousText()).isEqualTo("Prefers the back row"));
    assertThatThrownBy(() -> sdk().sdk().notes().edit(bob, note.id(), edited.version(), "mine now"))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> sdk().sdk().notes().edit(amy, note.id(), note.version(), "stale"))
        .isInstanceOf(ConflictException.class);
    Note privateNote = sdk().sdk().notes().add(amy, ada.id(), NoteDraft.of("Mine only").visibleTo(NoteVisibility.AUTHOR));
    assertThatThrownBy(() -> sdk().sdk().notes().get(bob, privateNote.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> sdk().sdk().notes().get(sdk().owner(), privateNote.id())).isInstanceOf(NotFoundException.class);
    Note alert = sdk().sdk().notes().add(bob, ada.id(), NoteDraft.of("Peanut allergy").asAlert());
    sdk().sdk().notes().pin(bob, note.id(), true);
    assertThat(sdk().sdk().notes().list(amy, ada.id(), PageRequest.first(10)).items()).extracting(Note::id)
        .containsExactly(alert.id(), privateNote.id(), note.id());
    assertThat(sdk().sdk().notes().list(bob, ada.id(), PageRequest.first(10)).items()).extracting(Note::id)
        .containsExactly(alert.id(), note.id());
    assertThatThrownBy(() -> sdk().sdk().notes().delete(bob, note.id())).isInstanceOf(PermissionDeniedException.class);
    sdk().sdk().notes().delete(sdk().admin(), note.id());
    assertThatThrownBy(() -> sdk().sdk().notes().get(amy, note.id())).isInstanceOf(NotFoundException.class);
    assertThat(sdk().sdk().notes().list(self(ada), ada.id(), PageRequest.first(10)).items()).isEmpty();
    Note shared = sdk().sdk().notes().changeVisibility(bob, alert.id(), NoteVisibility.CUSTOMER);
    assertThat(sdk().sdk().notes().list(self(ada), ada.id(), PageRequest.first(10)).items()).containsExactly(shared);
    assertThatThrownBy(() -> sdk().sdk().notes().add(sdk().staff(), ada.id(), NoteDraft.of("  ")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("text"));
    assertThat(sdk().sdk().audit().forCustomer(sdk().owner(), ada.id(), PageRequest.first(50)).items())
        .extracting(AuditEntry::action).contains("note.added", "note.edited", "note.deleted");
  }

  @Test
  void metrics_countersGaugesHistoryAndSummary() {
    CustomerProfile ada = add("Ada", "Lovelace");
    sdk().sdk().metrics().define(sdk().admin(), MetricSpec.counter("visits", "Visits"));
    sdk().sdk().metrics().define(sdk().admin(), MetricSpec.gauge("weight", "Weight", "kg", 1));
    Instant start = sdk().clock().instant();
    sdk().sdk().metrics().increment(sdk().staff(), ada.id(), "visits", BigDecimal.ONE, "checkin");
    sdk().clock().advance(Duration.ofMinutes(1));
    MetricReading second = sdk().sdk().metrics().increment(sdk().staff(), ada.id(), "visits", new BigDecimal("2"), "checkin");
    assertThat(second.value()).isEqualByComparingTo("3");
    sdk().sdk().metrics().record(sdk().staff(), ada.id(), "weight", new BigDecimal("72.5"), sdk().clock().instant(), "scale");
    sdk().sdk().metrics().record(sdk().staff(), ada.id(), "weight", new BigDecimal("74.0"), start.minus(Duration.ofDays(7)), "import");
    assertThat(sdk().sdk().metrics().current(sdk().staff(), ada.id()))
        .extracting(v -> v.key() + "=" + v.value().toPlainString()).containsExactly("visits=3", "weight=72.5");
    assertThatThrownBy(() -> sdk().sdk().metrics().increment(sdk().staff(), ada.id(), "weight", BigDecimal.ONE, "x"))
        .isInstanceOf(InvalidStateException.class);
    assertThatThrownBy(() -> sdk().sdk().metrics().record(sdk().staff(), ada.id(), "weight", new BigDecimal("72.55"),
        sdk().clock().instant(), "scale")).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.errors().get(0).value()).isEqualTo("72.55"));
    assertThatThrownBy(() -> sdk().sdk().metrics().record(sdk().staff(), ada.id(), "weight", BigDecimal.TEN,
        sdk().clock().instant().plusSeconds(60), "scale")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> sdk().sdk().metrics().increment(sdk().staff(), ada.id(), "nope", BigDecimal.ONE, "x"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> sdk().sdk().metrics().record(sdk().staff(), ada.id(), "weight", new BigDecimal("1e999999999"),
        sdk().clock().instant(), "scale")).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.errors().get(0).value()).isEqualTo("1E+999999999"));
    Instant end = sdk().clock().instant().plusSeconds(1);
    assertThat(sdk().sdk().metrics().history(sdk().staff(), ada.id(), "weight", start.minus(Duration.ofDays(30)), end,
        PageRequest.first(10)).items()).extracting(r -> r.value().toPlainString()).containsExactly("72.5", "74");
    Optional<MetricSummary> summary = sdk().sdk().metrics().summary(sdk().staff(), ada.id(), "visits", start, end);
    assertThat(summary).hasValueSatisfying(s -> {
      assertThat(s.count()).isEqualTo(2);
      assertThat(s.min()).isEqualByComparingTo("1");
      assertThat(s.max()).isEqualByComparingTo("3");
      assertThat(s.average()).isEqualByComparingTo("2");
      assertThat(s.last()).isEqualTo(second);
    });
    assertThat(sdk().roster().list(sdk().staff(), CustomerQuery.active()
        .withFilter(CustomerFilter.metric("visits", Comparison.GE, new BigDecimal("3")))).items())
        .extracting(RosterEntry::id).containsExactly(ada.id());
  }

  @Test
  void consent_recordCurrentHistoryAndFilter() {
    CustomerProfile ada = add("Ada", "Lovelace");
    CustomerProfile ben = add("Ben", "Adams");
    ConsentPurpose photos = sdk().sdk().consent().addPurpose(sdk().admin(), "photos", "Photos on social media");
    assertThat(sdk().sdk().consent().purposes(self(ada))).containsExactly(ConsentPurpose.MARKETING_EMAIL,
        ConsentPurpose.MARKETING_SMS, photos);
    sdk().sdk().consent().record(self(ada), ada.id(), "marketing_email", ConsentStatus.GRANTED, "signup form");
    sdk().clock().advance(Duration.ofMinutes(5));
    sdk().sdk().consent().record(sdk().staff(), ada.id(), "marketing_email", ConsentStatus.REVOKED, "phone call");
    sdk().sdk().consent().record(sdk().staff(), ben.id(), "marketing_email", ConsentStatus.GRANTED, "desk");
    assertThat(sdk().sdk().consent().current(self(ada), ada.id()))
        .extracting(s -> s.purpose().key() + "=" + s.status())
        .containsExactly("marketing_email=REVOKED", "marketing_sms=UNKNOWN", "photos=UNKNOWN");
    assertThat(sdk().sdk().consent().history(sdk().staff(), ada.id()))
        .extracting(r -> r.status() + " by " + r.recordedBy() + " via " + r.source())
        .containsExactly("REVOKED by staff:front-desk via phone call", "GRANTED by self:" + ada.person().id() + " via signup form");
    assertThatThrownBy(() -> sdk().sdk().consent().record(self(ada), ben.id(), "photos", ConsentStatus.GRANTED, "x"))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> sdk().sdk().consent().record(sdk().staff(), ada.id(), "nope", ConsentStatus.GRANTED, "x"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).value()).isEqualTo("nope"));
    assertThat(sdk().roster().list(sdk().staff(), CustomerQuery.active()
        .withFilter(CustomerFilter.consent("marketing_email", ConsentStatus.GRANTED))).items())
        .extracting(RosterEntry::id).containsExactly(ben.id());
  }

  @Test
  void profile_oneCall_showsWhatTheCallerMaySee_alertsFirst() {
    CustomerProfile ada = sdk().roster().add(sdk().staff(), Fixtures.details("Ada", "Lovelace", LocalDate.of(1990, 3, 2)));
    fields().define(sdk().admin(), FieldSpec.of("styles", "Styles", FieldType.MULTIPLE_CHOICE)
        .withChoices(List.of("Yoga", "Barre")).withAccess(FieldAccess.customerVisible()));
    fields().define(sdk().admin(), FieldSpec.of("risk", "Risk notes", FieldType.TEXT));
    fields().define(sdk().owner(), FieldSpec.of("salary", "Salary band", FieldType.TEXT)
        .withAccess(FieldAccess.restrictedTo(StaffRole.OWNER)));
    fields().setValues(sdk().owner(), ada.id(), FieldValues.of("styles", "Barre").and("styles", List.of("Barre", "Yoga"))
        .and("risk", "low").and("salary", "B"));
    Tag vip = sdk().sdk().tags().create(sdk().admin(), "VIP", "#ffaa00");
    sdk().sdk().tags().assign(sdk().staff(), vip.id(), List.of(ada.id()));
    sdk().sdk().metrics().define(sdk().admin(), MetricSpec.counter("visits", "Visits"));
    sdk().sdk().metrics().increment(sdk().staff(), ada.id(), "visits", BigDecimal.ONE, "checkin");
    Note pinned = sdk().sdk().notes().add(sdk().staff(), ada.id(), NoteDraft.of("Teaches on Fridays").asPinned());
    sdk().clock().advance(Duration.ofSeconds(1));
    Note alert = sdk().sdk().notes().add(sdk().staff(), ada.id(), NoteDraft.of("Peanut allergy").asAlert()
        .visibleTo(NoteVisibility.CUSTOMER));
    sdk().sdk().notes().add(sdk().admin(), ada.id(), NoteDraft.of("Admins only").visibleTo(NoteVisibility.ADMINS));
    sdk().sdk().consent().record(sdk().staff(), ada.id(), "marketing_sms", ConsentStatus.GRANTED, "desk");

    ProfileView staffView = sdk().sdk().profiles().view(sdk().staff(), ada.id());
    assertThat(staffView.alerts()).containsExactly(alert);
    assertThat(staffView.profile().birthdayToday()).isTrue();
    assertThat(staffView.fields()).extracting(v -> v.key() + "=" + v.text()).containsExactly("styles=Yoga, Barre", "risk=low");
    assertThat(staffView.tags()).containsExactly(vip);
    assertThat(staffView.pinnedNotes()).containsExactly(pinned);
    assertThat(staffView.noteCount()).isEqualTo(2);
    assertThat(staffView.metrics()).extracting(v -> v.key() + "=" + v.value().toPlainString()).containsExactly("visits=1");
    assertThat(staffView.consents()).extracting(c -> c.purpose().key() + "=" + c.status())
        .containsExactly("marketing_email=UNKNOWN", "marketing_sms=GRANTED");

    assertThat(sdk().sdk().profiles().view(sdk().owner(), ada.id()).fields()).extracting(FieldValue::key)
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
    assertThatThrownBy(() -> sdk().sdk().profiles().view(self(ben), ada.id())).isInstanceOf(PermissionDeniedException.class);
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
    Note alert = sdk().sdk().notes().add(sdk().staff(), ada.id(), NoteDraft.of("Peanut allergy").asAlert());
    sdk().sdk().metrics().increment(sdk().staff(), ada.id(), "visits", BigDecimal.ONE, "checkin");
    sdk().sdk().consent().record(sdk().staff(), ada.id(), "marketing_sms", ConsentStatus.REVOKED, "desk");
    sdk().sdk().tags().delete(sdk().admin(), vip.id());
    assertThatThrownBy(() -> fields().setValues(sdk().staff(), ada.id(), FieldValues.of("level", "x\ny")))
        .isInstanceOf(ValidationException.class);
    assertThat(sdk().events().events()).extracting(e -> e.getClass().getSimpleName()).containsExactly(
        "FieldsChanged", "TagChanged", "NoteAdded", "MetricRecorded", "ConsentChanged", "TagChanged");
    assertThat(sdk().events().eventsOf(CustomerEvent.FieldsChanged.class).get(0).keys())
        .containsExactly("level");
    assertThat(sdk().events().eventsOf(CustomerEvent.TagChanged.class))
        .extracting(CustomerEvent.TagChanged::added).containsExactly(true, false);
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
    fields().define(sdk().owner(), FieldSpec.of("salary", "Salary band", FieldType.TEXT)
        .withAccess(FieldAccess.restrictedTo(StaffRole.OWNER)));
    fields().define(sdk().admin(), FieldSpec.of("shoe", "Shoe size", FieldType.DECIMAL).withScope(FieldScope.PERSON));
    fields().setValues(sdk().owner(), ada.id(), FieldValues.of("salary", "B").and("shoe", "38.5"));
    fields().setValues(sdk().owner(), ben.id(), FieldValues.of("shoe", "44"));
    CustomerFilter bySalary = CustomerFilter.field("salary", Comparison.EQ, "B");
    assertThatThrownBy(() -> sdk().roster().list(sdk().admin(), CustomerQuery.active().withFilter(bySalary)))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> sdk().roster().search(sdk().admin(), SearchQuery.of("a").withFilter(bySalary)))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(sdk().roster().list(sdk().owner(), CustomerQuery.active().withFilter(bySalary)).items())
        .extracting(RosterEntry::id).containsExactly(ada.id());
    assertThat(sdk().roster().list(sdk().staff(), CustomerQuery.active().withFilter(CustomerFilter.allOf(
        CustomerFilter.field("shoe", Comparison.LT, "40"), CustomerFilter.fieldSet("shoe")))).items())
        .extracting(RosterEntry::id).containsExactly(ada.id());
    assertThatThrownBy(() -> sdk().roster().list(sdk().staff(), CustomerQuery.active()
        .withFilter(CustomerFilter.field("shoe", Comparison.LT, "big"))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("filter.shoe"));
    assertThatThrownBy(() -> sdk().roster().list(sdk().staff(), CustomerQuery.active()
        .withFilter(CustomerFilter.field("nope", Comparison.EQ, "x")))).isInstanceOf(ValidationException.class);
    fields().setValues(sdk().owner(), ben.id(), FieldValues.of("salary", "Band Bravo"));
    assertThat(sdk().roster().search(sdk().admin(), SearchQuery.of("bravo")).items()).isEmpty();
    assertThat(sdk().roster().search(sdk().owner(), SearchQuery.of("bravo")).items())
        .extracting(hit -> hit.entry().id() + " " + hit.tier()).containsExactly(ben.id() + " FIELD");
    List<AuditEntry> adminTrail = sdk().sdk().audit().forCustomer(sdk().admin(), ada.id(), PageRequest.first(50)).items();
    assertThat(adminTrail).flatExtracting(AuditEntry::changes).extracting(FieldChange::field)
        .contains("field.shoe").doesNotContain("field.salary");
    List<AuditEntry> ownerTrail = sdk().sdk().audit().forCustomer(sdk().owner(), ada.id(), PageRequest.first(50)).items();
    assertThat(ownerTrail).flatExtracting(AuditEntry::changes).extracting(FieldChange::field).contains("field.salary");
  }
}
