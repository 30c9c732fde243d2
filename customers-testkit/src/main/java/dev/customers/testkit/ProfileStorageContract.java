package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.FieldId;
import dev.customers.api.MetricId;
import dev.customers.api.NotFoundException;
import dev.customers.api.NoteId;
import dev.customers.api.Page;
import dev.customers.api.StaffRole;
import dev.customers.api.TagId;
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
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.roster.StatusFilter;
import dev.customers.api.spi.Criterion;
import dev.customers.api.spi.FieldRef;
import dev.customers.api.spi.NoteScope;
import dev.customers.api.spi.StoredFieldValue;
import dev.customers.api.tags.Tag;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The profile-data stores (fields, tags, notes, metrics, consent) and roster criteria, on top of
 * {@link StorageContract}: an adapter's conformance test extends this class to run both.
 */
public abstract class ProfileStorageContract extends StorageContract {

  // ---- fields

  protected final FieldDefinition field(Organization org, String key, FieldType type, FieldScope scope, int position,
      List<String> choices) {
    FieldSpec spec = new FieldSpec(key, "Label " + key, "help for " + key, type, false, choices, scope,
        new FieldAccess(StaffRole.STAFF, StaffRole.ADMIN, true, false), true, false);
    FieldDefinition definition = new FieldDefinition(FieldId.of(newId()), org.id(), spec, position, false, now(), now(), 1);
    run(s -> s.fields().insert(definition));
    return definition;
  }

  protected final void run(java.util.function.Consumer<dev.customers.api.spi.StoreSession> work) {
    tx(s -> {
      work.accept(s);
      return null;
    });
  }

  private void put(Organization org, FieldDefinition field, UUID owner, String... values) {
    run(s -> s.fields().put(org.id(), new StoredFieldValue(field.id(), field.type(), owner, List.of(values))));
  }

  private List<StoredFieldValue> valuesOf(Organization org, UUID... owners) {
    return list(s -> s.fields().values(org.id(), List.of(owners)));
  }

  @Test
  void fields_insert_thenDefinitions_roundTripEveryAttribute_inPositionOrder() {
    FieldDefinition second = field(orgA, "shoe_size", FieldType.NUMBER, FieldScope.PERSON, 2, List.of());
    FieldDefinition first = field(orgA, "styles", FieldType.MULTIPLE_CHOICE, FieldScope.ROSTER, 1, List.of("Yoga", "Pilates, mat"));
    field(orgB, "other", FieldType.TEXT, FieldScope.ROSTER, 0, List.of());
    assertThat(list(s -> s.fields().definitions(orgA.id()))).containsExactly(first, second);
  }

  @Test
  void fields_insert_usedKey_isDuplicateNamingTheHolder() {
    FieldDefinition held = field(orgA, "waiver", FieldType.DATE, FieldScope.ROSTER, 0, List.of());
    field(orgB, "waiver", FieldType.DATE, FieldScope.ROSTER, 0, List.of()); // another organization may use it
    assertThatThrownBy(() -> field(orgA, "waiver", FieldType.TEXT, FieldScope.ROSTER, 1, List.of()))
        .isInstanceOfSatisfying(ConflictException.class, e -> {
          assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE);
          assertThat(e.existingId()).contains(held.id().toString());
        });
  }

  @Test
  void fields_update_replacesAtExpectedVersion_andRefusesAStaleOne() {
    FieldDefinition stored = field(orgA, "level", FieldType.SINGLE_CHOICE, FieldScope.ROSTER, 0, List.of("A", "B"));
    FieldDefinition changed = stored.withSpec(stored.spec().withLabel("Level").withChoices(List.of("A", "B", "C")), later())
        .withArchived(true, later());
    run(s -> s.fields().update(changed, stored.version()));
    assertThat(list(s -> s.fields().definitions(orgA.id()))).containsExactly(changed);
    assertThatThrownBy(() -> run(s -> s.fields().update(stored.withPosition(5, later()), stored.version())))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
    assertThat(list(s -> s.fields().definitions(orgA.id()))).containsExactly(changed);
  }

  @Test
  void fields_put_values_roundTrip_replace_andRemove() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    FieldDefinition styles = field(orgA, "styles", FieldType.MULTIPLE_CHOICE, FieldScope.ROSTER, 0, List.of("Yoga", "Barre", "Pilates"));
    FieldDefinition size = field(orgA, "size", FieldType.DECIMAL, FieldScope.PERSON, 1, List.of());
    String longText = "x".repeat(3000);
    FieldDefinition bio = field(orgA, "bio", FieldType.TEXTAREA, FieldScope.PERSON, 2, List.of());
    UUID customer = ada.id().value();
    UUID person = ada.person().id().value();
    put(orgA, styles, customer, "Pilates", "Yoga");
    put(orgA, size, person, "38.5");
    put(orgA, bio, person, longText);
    assertThat(valuesOf(orgA, customer, person)).containsExactlyInAnyOrder(
        new StoredFieldValue(styles.id(), styles.type(), customer, List.of("Pilates", "Yoga")),
        new StoredFieldValue(size.id(), size.type(), person, List.of("38.5")),
        new StoredFieldValue(bio.id(), bio.type(), person, List.of(longText)));
    assertThat(valuesOf(orgA, customer)).hasSize(1);
    assertThat(valuesOf(orgB, customer, person)).isEmpty();

    put(orgA, styles, customer, "Barre");
    run(s -> s.fields().remove(orgA.id(), size.id(), person));
    run(s -> s.fields().remove(orgA.id(), size.id(), person)); // nothing left: nothing happens
    assertThat(valuesOf(orgA, customer, person)).containsExactlyInAnyOrder(
        new StoredFieldValue(styles.id(), styles.type(), customer, List.of("Barre")),
        new StoredFieldValue(bio.id(), bio.type(), person, List.of(longText)));
    assertThat(valuesOf(orgA)).isEmpty();
  }

  @Test
  void fields_anyHolds_findsAChoiceOrText_inItsOwnFieldOnly() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    FieldDefinition styles = field(orgA, "styles", FieldType.MULTIPLE_CHOICE, FieldScope.ROSTER, 0, List.of("Yoga", "Barre"));
    FieldDefinition notes = field(orgA, "notes", FieldType.TEXTAREA, FieldScope.ROSTER, 1, List.of());
    String longText = "y".repeat(400);
    put(orgA, styles, ada.id().value(), "Barre");
    put(orgA, notes, ada.id().value(), longText);
    assertThat(this.<Boolean>tx(s -> s.fields().anyHolds(orgA.id(), styles.id(), "Barre"))).isTrue();
    assertThat(this.<Boolean>tx(s -> s.fields().anyHolds(orgA.id(), styles.id(), "Yoga"))).isFalse();
    assertThat(this.<Boolean>tx(s -> s.fields().anyHolds(orgA.id(), notes.id(), longText))).isTrue();
    assertThat(this.<Boolean>tx(s -> s.fields().anyHolds(orgA.id(), notes.id(), "Barre"))).isFalse();
    assertThat(this.<Boolean>tx(s -> s.fields().anyHolds(orgB.id(), styles.id(), "Barre"))).isFalse();
  }

  // ---- tags

  protected final Tag tag(Organization org, String name) {
    Tag tag = new Tag(TagId.of(newId()), org.id(), name, "#3a7bd5", now(), 1);
    run(s -> s.tags().insert(tag));
    return tag;
  }

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

  // ---- notes

  protected final Note note(Organization org, CustomerId customer, String author, NoteVisibility visibility, boolean pinned,
      boolean alert) {
    Instant at = later();
    Note note = new Note(NoteId.of(newId()), org.id(), customer, author, "note by " + author + " at " + at, visibility,
        pinned, alert, at, at, null, 1);
    run(s -> s.notes().insert(note));
    return note;
  }

  @Test
  void notes_insert_find_andUpdate_atExpectedVersion() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    Note note = note(orgA, ada.id(), "staff:amy", NoteVisibility.STAFF, false, false);
    assertThat(optional(s -> s.notes().find(orgA.id(), note.id()))).contains(note);
    assertThat(optional(s -> s.notes().find(orgB.id(), note.id()))).isEmpty();
    Note edited = note.withText("peanut allergy: keep snacks away", later()).withAlert(true, later());
    run(s -> s.notes().update(edited, note.version()));
    assertThat(optional(s -> s.notes().find(orgA.id(), note.id()))).contains(edited);
    assertThatThrownBy(() -> run(s -> s.notes().update(note.withPinned(true, later()), note.version())))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
    Note deleted = edited.deleted(later());
    run(s -> s.notes().update(deleted, edited.version()));
    assertThat(optional(s -> s.notes().find(orgA.id(), note.id()))).contains(deleted);
  }

  @Test
  void notes_list_newestFirst_inScope_paged_andCounted() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    RosterEntry ben = addCustomer(orgA, "Ben", "Adams", null);
    Note staff = note(orgA, ada.id(), "staff:amy", NoteVisibility.STAFF, false, false);
    Note mine = note(orgA, ada.id(), "staff:amy", NoteVisibility.AUTHOR, true, false);
    Note theirs = note(orgA, ada.id(), "staff:bob", NoteVisibility.AUTHOR, false, false);
    Note admins = note(orgA, ada.id(), "staff:bob", NoteVisibility.ADMINS, false, true);
    Note shared = note(orgA, ada.id(), "staff:bob", NoteVisibility.CUSTOMER, false, false);
    Note gone = note(orgA, ada.id(), "staff:amy", NoteVisibility.STAFF, true, true);
    run(s -> s.notes().update(gone.deleted(later()), gone.version()));
    note(orgA, ben.id(), "staff:amy", NoteVisibility.STAFF, false, false);

    NoteScope amy = new NoteScope(EnumSet.of(NoteVisibility.STAFF, NoteVisibility.CUSTOMER), "staff:amy");
    List<Note> seen = new ArrayList<>();
    String cursor = null;
    do {
      String after = cursor;
      Page<Note> page = tx(s -> s.notes().list(orgA.id(), ada.id(), amy, false, 2, after));
      seen.addAll(page.items());
      cursor = page.nextCursor();
    } while (cursor != null);
    assertThat(seen).containsExactly(shared, mine, staff);
    assertThat(this.<Long>tx(s -> s.notes().count(orgA.id(), ada.id(), amy))).isEqualTo(3L);

    NoteScope everything = new NoteScope(EnumSet.allOf(NoteVisibility.class), null);
    assertThat(tx(s -> s.notes().list(orgA.id(), ada.id(), everything, false, 10, null)).items())
        .containsExactly(shared, admins, theirs, mine, staff);
    assertThat(tx(s -> s.notes().list(orgA.id(), ada.id(), everything, true, 10, null)).items()).containsExactly(admins, mine);
    NoteScope customer = new NoteScope(EnumSet.of(NoteVisibility.CUSTOMER), "self:x");
    assertThat(tx(s -> s.notes().list(orgA.id(), ada.id(), customer, false, 10, null)).items()).containsExactly(shared);
    NoteScope nothing = new NoteScope(Set.of(), null);
    assertThat(this.<Long>tx(s -> s.notes().count(orgA.id(), ada.id(), nothing))).isZero();
    assertThat(this.<Long>tx(s -> s.notes().count(orgB.id(), ada.id(), everything))).isZero();
  }

  @Test
  void notes_revisions_oldestFirst() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    Note note = note(orgA, ada.id(), "staff:amy", NoteVisibility.STAFF, false, false);
    NoteRevision first = new NoteRevision(note.id(), 1, "staff:amy", later(), "first text");
    NoteRevision second = new NoteRevision(note.id(), 2, "system:import", later(), "second text\nover two lines");
    run(s -> s.notes().addRevision(orgA.id(), first));
    run(s -> s.notes().addRevision(orgA.id(), second));
    assertThat(list(s -> s.notes().revisions(orgA.id(), note.id()))).containsExactly(first, second);
    assertThat(list(s -> s.notes().revisions(orgB.id(), note.id()))).isEmpty();
  }

  // ---- metrics

  protected final MetricDefinition metric(Organization org, MetricSpec spec) {
    MetricDefinition definition = new MetricDefinition(MetricId.of(newId()), org.id(), spec, now(), 1);
    run(s -> s.metrics().insert(definition));
    return definition;
  }

  protected final MetricReading reading(Organization org, CustomerId customer, MetricDefinition metric, String value, Instant at) {
    MetricReading reading = new MetricReading(newId(), org.id(), customer, metric.id(), new BigDecimal(value), at, "test",
        "staff:amy");
    run(s -> s.metrics().append(reading));
    return reading;
  }

  @Test
  void metrics_definitions_insert_byKey_duplicateKey_andVersionedUpdate() {
    MetricDefinition weight = metric(orgA, MetricSpec.gauge("weight", "Weight", "kg", 1));
    MetricDefinition visits = metric(orgA, MetricSpec.counter("visits", "Visits"));
    metric(orgB, MetricSpec.counter("visits", "Visits"));
    assertThat(list(s -> s.metrics().definitions(orgA.id()))).containsExactly(visits, weight);
    assertThatThrownBy(() -> metric(orgA, MetricSpec.counter("visits", "Again")))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.existingId()).contains(visits.id().toString()));
    MetricDefinition renamed = new MetricDefinition(weight.id(), orgA.id(), MetricSpec.gauge("weight", "Body weight", "lb", 2),
        weight.createdAt(), 2);
    run(s -> s.metrics().update(renamed, 1));
    assertThat(list(s -> s.metrics().definitions(orgA.id()))).containsExactly(visits, renamed);
    assertThatThrownBy(() -> run(s -> s.metrics().update(renamed, 1)))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
  }

  @Test
  void metrics_append_keepsTheLatestReadingCurrent_evenWhenAnOlderOneIsBackFilled() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    MetricDefinition weight = metric(orgA, MetricSpec.gauge("weight", "Weight", "kg", 1));
    MetricDefinition visits = metric(orgA, MetricSpec.counter("visits", "Visits"));
    Instant early = now();
    MetricReading latest = reading(orgA, ada.id(), weight, "72.5", later());
    reading(orgA, ada.id(), weight, "80", early); // back-filled: not current
    MetricReading count = reading(orgA, ada.id(), visits, "3", later());
    assertThat(list(s -> s.metrics().current(orgA.id(), ada.id()))).containsExactlyInAnyOrder(latest, count);
    assertThat(optional(s -> s.metrics().currentForUpdate(orgA.id(), ada.id(), weight.id()))).contains(latest);
    assertThat(optional(s -> s.metrics().currentForUpdate(orgB.id(), ada.id(), weight.id()))).isEmpty();
    assertThat(latest.value()).isEqualByComparingTo("72.5");
  }

  @Test
  void metrics_history_inRange_newestFirst_paged() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    MetricDefinition weight = metric(orgA, MetricSpec.gauge("weight", "Weight", "kg", 1));
    Instant from = later();
    List<MetricReading> readings = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      readings.add(reading(orgA, ada.id(), weight, "7" + i + ".5", later()));
    }
    Instant to = later();
    reading(orgA, ada.id(), weight, "99", to); // at the exclusive end: outside
    List<MetricReading> seen = new ArrayList<>();
    String cursor = null;
    do {
      String after = cursor;
      Page<MetricReading> page = tx(s -> s.metrics().history(orgA.id(), ada.id(), weight.id(), from, to, 2, after));
      seen.addAll(page.items());
      cursor = page.nextCursor();
    } while (cursor != null);
    List<MetricReading> expected = new ArrayList<>(readings);
    java.util.Collections.reverse(expected);
    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void metrics_summary_countMinMaxAverageAndLast_orEmpty() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    MetricDefinition weight = metric(orgA, MetricSpec.gauge("weight", "Weight", "kg", 2));
    Instant from = later();
    reading(orgA, ada.id(), weight, "70.25", later());
    reading(orgA, ada.id(), weight, "80", later());
    MetricReading last = reading(orgA, ada.id(), weight, "71", later());
    Instant to = later();
    Optional<MetricSummary> summary = tx(s -> s.metrics().summary(orgA.id(), ada.id(), weight.id(), from, to));
    assertThat(summary).contains(new MetricSummary(from, to, 3, new BigDecimal("70.25"), new BigDecimal("80"),
        new BigDecimal("73.75"), last));
    Optional<MetricSummary> none = tx(s -> s.metrics().summary(orgA.id(), ada.id(), weight.id(), to, to.plus(Duration.ofDays(1))));
    assertThat(none).isEmpty();
  }

  // ---- consent

  protected final ConsentRecord consent(Organization org, CustomerId customer, String purpose, ConsentStatus status) {
    ConsentRecord record = new ConsentRecord(newId(), org.id(), customer, purpose, status, later(), "signup form", "self:x");
    run(s -> s.consent().append(record));
    return record;
  }

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

  // ---- criteria on list and search

  @Test
  void criteria_filterListAndSearch_byTagFieldMetricAndConsent_combined() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    RosterEntry ben = addCustomer(orgA, "Ben", "Adams", null);
    RosterEntry cy = addCustomer(orgA, "Cy", "Adler", null);
    Tag vip = tag(orgA, "VIP");
    run(s -> s.tags().assign(orgA.id(), vip.id(), List.of(ada.id(), ben.id())));
    FieldDefinition size = field(orgA, "size", FieldType.DECIMAL, FieldScope.PERSON, 0, List.of());
    FieldDefinition since = field(orgA, "since", FieldType.DATE, FieldScope.ROSTER, 1, List.of());
    FieldDefinition styles = field(orgA, "styles", FieldType.MULTIPLE_CHOICE, FieldScope.ROSTER, 2, List.of("Yoga", "Barre"));
    FieldDefinition city = field(orgA, "city", FieldType.TEXT, FieldScope.ROSTER, 3, List.of());
    put(orgA, size, ada.person().id().value(), "9.5");
    put(orgA, size, ben.person().id().value(), "10");
    put(orgA, since, ada.id().value(), "2020-01-31");
    put(orgA, since, cy.id().value(), "2024-06-01");
    put(orgA, styles, ada.id().value(), "Yoga", "Barre");
    put(orgA, styles, ben.id().value(), "Barre");
    put(orgA, city, cy.id().value(), "Leeds");
    MetricDefinition visits = metric(orgA, MetricSpec.counter("visits", "Visits"));
    reading(orgA, ada.id(), visits, "12", later());
    reading(orgA, ben.id(), visits, "3", later());
    consent(orgA, ada.id(), "marketing_email", ConsentStatus.GRANTED);
    consent(orgA, ben.id(), "marketing_email", ConsentStatus.REVOKED);

    assertThat(listed(new Criterion.HasTag(vip.id()))).containsExactly(ben, ada);
    assertThat(listed(new Criterion.FieldCompare(size.id(), FieldScope.PERSON, FieldType.DECIMAL, Comparison.GT, "9.75")))
        .containsExactly(ben);
    assertThat(listed(new Criterion.FieldCompare(size.id(), FieldScope.PERSON, FieldType.DECIMAL, Comparison.LE, "10")))
        .containsExactly(ben, ada);
    assertThat(listed(new Criterion.FieldCompare(since.id(), FieldScope.ROSTER, FieldType.DATE, Comparison.LT, "2024-01-01")))
        .containsExactly(ada);
    assertThat(listed(new Criterion.FieldCompare(styles.id(), FieldScope.ROSTER, FieldType.MULTIPLE_CHOICE, Comparison.EQ, "Barre")))
        .containsExactly(ben, ada);
    assertThat(listed(new Criterion.FieldCompare(city.id(), FieldScope.ROSTER, FieldType.TEXT, Comparison.EQ, "Leeds")))
        .containsExactly(cy);
    assertThat(listed(new Criterion.FieldCompare(city.id(), FieldScope.ROSTER, FieldType.TEXT, Comparison.EQ, "leeds"))).isEmpty();
    assertThat(listed(new Criterion.FieldSet(since.id(), FieldScope.ROSTER))).containsExactly(cy, ada);
    // A person field's id used as if it held a roster value matches nothing: owners differ.
    assertThat(listed(new Criterion.FieldSet(size.id(), FieldScope.ROSTER))).isEmpty();
    assertThat(listed(new Criterion.MetricCompare(visits.id(), Comparison.GE, new BigDecimal("10")))).containsExactly(ada);
    assertThat(listed(new Criterion.ConsentIs("marketing_email", ConsentStatus.GRANTED))).containsExactly(ada);
    assertThat(listed(new Criterion.ConsentIs("marketing_email", ConsentStatus.REVOKED))).containsExactly(ben);
    assertThat(listed(new Criterion.ConsentIs("marketing_email", ConsentStatus.UNKNOWN))).containsExactly(cy);
    assertThat(listed(new Criterion.All(List.of(new Criterion.HasTag(vip.id()),
        new Criterion.MetricCompare(visits.id(), Comparison.LT, new BigDecimal("5")))))).containsExactly(ben);
    assertThat(listed(new Criterion.Any(List.of(new Criterion.ConsentIs("marketing_email", ConsentStatus.UNKNOWN),
        new Criterion.All(List.of(new Criterion.HasTag(vip.id()), new Criterion.FieldSet(since.id(), FieldScope.ROSTER)))))))
        .containsExactly(cy, ada);
    assertThat(listed(new Criterion.Any(List.of()))).isEmpty();
    assertThat(listed(Criterion.none())).containsExactly(ben, cy, ada);

    List<SearchHit> hits = tx(s -> s.customers().search(orgA.id(), SearchQuery.of("ad"), new Criterion.HasTag(vip.id()), Set.of())).items();
    assertThat(hits).extracting(SearchHit::entry).containsExactly(ben, ada);
    archive(ben);
    assertThat(listed(new Criterion.HasTag(vip.id()))).containsExactly(ada);
    Page<RosterEntry> all = tx(s -> s.customers().list(orgA.id(), CustomerQuery.active().withStatus(StatusFilter.ALL),
        new Criterion.HasTag(vip.id())));
    assertThat(all.items()).extracting(RosterEntry::id).containsExactly(ben.id(), ada.id());
  }

  @Test
  void search_matchesValuesOfTheGivenFields_inTheLastTier_andPagesAcrossTiers() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    RosterEntry ben = addCustomer(orgA, "Ben", "Adams", null);
    RosterEntry cy = addCustomer(orgA, "Cy", "Ko", null);
    RosterEntry dee = addCustomer(orgA, "Dee", "Ray", null);
    RosterEntry eve = addCustomer(orgA, "Eve", "Ash", null);
    FieldDefinition club = field(orgA, "club", FieldType.TEXT, FieldScope.ROSTER, 0, List.of());
    FieldDefinition nickname = field(orgA, "nickname", FieldType.TEXT, FieldScope.PERSON, 1, List.of());
    FieldDefinition secret = field(orgA, "secret", FieldType.TEXTAREA, FieldScope.ROSTER, 2, List.of());
    FieldDefinition size = field(orgA, "size", FieldType.NUMBER, FieldScope.ROSTER, 3, List.of());
    put(orgA, club, ada.id().value(), "Ådamsville Runners");
    put(orgA, nickname, cy.person().id().value(), "The ADAMSON");
    put(orgA, secret, dee.id().value(), "adams");
    put(orgA, club, ben.id().value(), "Adams Family Club");
    put(orgA, club, eve.id().value(), "adams town");
    archive(eve);
    Set<FieldRef> visible = Set.of(new FieldRef(club.id(), FieldScope.ROSTER), new FieldRef(nickname.id(), FieldScope.PERSON),
        new FieldRef(size.id(), FieldScope.ROSTER));

    List<SearchHit> hits = tx(s -> s.customers().search(orgA.id(), SearchQuery.of("adams"), Criterion.none(), visible)).items();
    assertThat(hits).extracting(h -> h.entry().id() + " " + h.tier()).containsExactly(
        ben.id() + " PREFIX", cy.id() + " FIELD", ada.id() + " FIELD");
    List<SearchHit> paged = new ArrayList<>();
    SearchQuery query = SearchQuery.of("adams").withLimit(1);
    while (true) {
      SearchQuery q = query;
      Page<SearchHit> page = tx(s -> s.customers().search(orgA.id(), q, Criterion.none(), visible));
      paged.addAll(page.items());
      if (!page.hasMore()) {
        break;
      }
      query = query.after(page.nextCursor());
    }
    assertThat(paged).isEqualTo(hits);
    assertThat(tx(s -> s.customers().search(orgA.id(), SearchQuery.of("adams"), Criterion.none(), Set.of())).items())
        .extracting(SearchHit::entry).containsExactly(ben);
    assertThat(tx(s -> s.customers().search(orgA.id(), SearchQuery.of("runners"), new Criterion.FieldSet(nickname.id(),
        FieldScope.PERSON), visible)).items()).isEmpty();
    assertThat(tx(s -> s.customers().search(orgA.id(), SearchQuery.of("adams").withStatus(StatusFilter.ALL), Criterion.none(),
        visible)).items()).extracting(h -> h.entry().id()).containsExactly(ben.id(), eve.id(), cy.id(), ada.id());
    assertThat(tx(s -> s.customers().search(orgB.id(), SearchQuery.of("adams"), Criterion.none(), visible)).items()).isEmpty();
  }

  private List<RosterEntry> listed(Criterion criterion) {
    return tx(s -> s.customers().list(orgA.id(), CustomerQuery.active(), criterion)).items();
  }

  @Test
  void criteria_pageThroughAFilteredList_withTheCursor() {
    Tag vip = tag(orgA, "VIP");
    List<CustomerId> tagged = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      RosterEntry entry = addCustomer(orgA, "Name" + i, "Same", null);
      if (i % 2 == 0) {
        tagged.add(entry.id());
      }
    }
    run(s -> s.tags().assign(orgA.id(), vip.id(), tagged));
    List<CustomerId> seen = new ArrayList<>();
    CustomerQuery query = CustomerQuery.active().withLimit(2);
    while (true) {
      CustomerQuery q = query;
      Page<RosterEntry> page = tx(s -> s.customers().list(orgA.id(), q, new Criterion.HasTag(vip.id())));
      page.items().forEach(e -> seen.add(e.id()));
      if (!page.hasMore()) {
        break;
      }
      query = query.after(page.nextCursor());
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(tagged).doesNotHaveDuplicates();
  }

  @Test
  void profileWrites_inAFailedTransaction_leaveNothingBehind() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", null);
    Tag vip = tag(orgA, "VIP");
    FieldDefinition city = field(orgA, "city", FieldType.TEXT, FieldScope.ROSTER, 0, List.of());
    MetricDefinition visits = metric(orgA, MetricSpec.counter("visits", "Visits"));
    assertThatThrownBy(() -> run(s -> {
      s.tags().assign(orgA.id(), vip.id(), List.of(ada.id()));
      s.fields().put(orgA.id(), new StoredFieldValue(city.id(), city.type(), ada.id().value(), List.of("Leeds")));
      s.metrics().append(new MetricReading(newId(), orgA.id(), ada.id(), visits.id(), BigDecimal.ONE, now(), "t", "staff:amy"));
      s.consent().append(new ConsentRecord(newId(), orgA.id(), ada.id(), "marketing_sms", ConsentStatus.GRANTED, now(), "t", "x"));
      s.notes().insert(new Note(NoteId.of(newId()), orgA.id(), ada.id(), "staff:amy", "text", NoteVisibility.STAFF, false,
          false, now(), now(), null, 1));
      s.tags().insert(new Tag(TagId.of(newId()), orgA.id(), "vip", "#000000", now(), 1)); // a duplicate name: fails
    })).isInstanceOf(ConflictException.class);
    assertThat(list(s -> s.tags().tagsOf(orgA.id(), ada.id()))).isEmpty();
    assertThat(valuesOf(orgA, ada.id().value())).isEmpty();
    assertThat(list(s -> s.metrics().current(orgA.id(), ada.id()))).isEmpty();
    assertThat(list(s -> s.consent().history(orgA.id(), ada.id()))).isEmpty();
    assertThat(this.<Long>tx(s -> s.notes().count(orgA.id(), ada.id(), new NoteScope(EnumSet.allOf(NoteVisibility.class), null)))).isZero();
  }
}
