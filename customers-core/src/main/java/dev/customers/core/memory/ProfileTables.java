package dev.customers.core.memory;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.FieldId;
import dev.customers.api.MetricId;
import dev.customers.api.NotFoundException;
import dev.customers.api.NoteId;
import dev.customers.api.OrganizationId;
import dev.customers.api.Page;
import dev.customers.api.TagId;
import dev.customers.api.consent.ConsentPurpose;
import dev.customers.api.consent.ConsentRecord;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldScope;
import dev.customers.api.fields.FieldType;
import dev.customers.api.metrics.MetricDefinition;
import dev.customers.api.metrics.MetricReading;
import dev.customers.api.metrics.MetricSummary;
import dev.customers.api.notes.Note;
import dev.customers.api.notes.NoteRevision;
import dev.customers.api.roster.Customer;
import dev.customers.api.spi.ConsentStore;
import dev.customers.api.spi.Criterion;
import dev.customers.api.spi.Cursors;
import dev.customers.api.spi.Decimals;
import dev.customers.api.spi.FieldRef;
import dev.customers.api.spi.FieldStore;
import dev.customers.api.spi.MetricStore;
import dev.customers.api.spi.NoteScope;
import dev.customers.api.spi.NoteStore;
import dev.customers.api.spi.SearchText;
import dev.customers.api.spi.StoredFieldValue;
import dev.customers.api.spi.TagStore;
import dev.customers.api.tags.Tag;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory tables of profile data (fields, tags, notes, metrics, consent) and the stores over
 * them. Every write goes through the transaction's {@link Changes}, so a failed call undoes it; lists
 * kept per key are immutable and replaced whole, which the undo log restores in one step.
 */
final class ProfileTables {
  private static final Comparator<Note> NEWEST_FIRST =
      Comparator.comparing(Note::createdAt).thenComparing(n -> n.id().toString()).reversed();
  private static final Comparator<MetricReading> LATEST_FIRST =
      Comparator.comparing(MetricReading::at).thenComparing(r -> r.id().toString()).reversed();

  private final BiPredicate<OrganizationId, CustomerId> isActive;
  private final Map<OrganizationId, Map<FieldId, FieldDefinition>> fieldDefinitions = new HashMap<>();
  private final Map<OrganizationId, Map<UUID, Map<FieldId, Held>>> fieldValues = new HashMap<>();
  private final Map<OrganizationId, Map<TagId, Tag>> tags = new HashMap<>();
  private final Map<OrganizationId, Map<CustomerId, Set<TagId>>> tagged = new HashMap<>();
  private final Map<OrganizationId, Map<NoteId, Note>> notes = new HashMap<>();
  private final Map<OrganizationId, Map<NoteId, List<NoteRevision>>> revisions = new HashMap<>();
  private final Map<OrganizationId, Map<MetricId, MetricDefinition>> metricDefinitions = new HashMap<>();
  private final Map<OrganizationId, Map<CustomerId, List<MetricReading>>> readings = new HashMap<>();
  private final Map<OrganizationId, Map<CustomerId, Map<MetricId, MetricReading>>> currentMetrics = new HashMap<>();
  private final Map<OrganizationId, Map<String, ConsentPurpose>> purposes = new HashMap<>();
  private final Map<OrganizationId, Map<CustomerId, List<ConsentRecord>>> consentHistory = new HashMap<>();
  private final Map<OrganizationId, Map<CustomerId, Map<String, ConsentRecord>>> currentConsent = new HashMap<>();

  ProfileTables(BiPredicate<OrganizationId, CustomerId> isActive) {
    this.isActive = isActive;
  }

  /** A stored field value with its search texts, normalized once when it is written. */
  private record Held(StoredFieldValue value, List<String> searchTexts) {
    static Held of(StoredFieldValue value) {
      return new Held(value, value.values().stream().map(v -> SearchText.fieldText(value.type(), v))
          .filter(java.util.Objects::nonNull).toList());
    }
  }

  /** The stores of one transaction. */
  record Stores(FieldStore fields, TagStore tags, NoteStore notes, MetricStore metrics, ConsentStore consent) {}

  Stores stores(Changes changes) {
    return new Stores(new Fields(changes), new Tags(changes), new Notes(changes), new Metrics(changes),
        new Consent(changes));
  }

  private static <K, K2, V> Map<K2, V> inner(Map<K, Map<K2, V>> map, K key) {
    return map.computeIfAbsent(key, k -> new HashMap<>());
  }

  private static <K, K2, V> Map<K2, V> peek(Map<K, Map<K2, V>> map, K key) {
    return map.getOrDefault(key, Map.of());
  }

  private static <T> List<T> appended(@Nullable List<T> list, T item) {
    List<T> copy = list == null ? new ArrayList<>() : new ArrayList<>(list);
    copy.add(item);
    return List.copyOf(copy);
  }

  /** Whether the criterion keeps the customer: the in-memory twin of the SQL a JDBC store writes. */
  boolean matches(Customer customer, Criterion criterion) {
    OrganizationId org = customer.organizationId();
    if (criterion instanceof Criterion.All all) {
      return all.criteria().stream().allMatch(c -> matches(customer, c));
    }
    if (criterion instanceof Criterion.Any any) {
      return any.criteria().stream().anyMatch(c -> matches(customer, c));
    }
    if (criterion instanceof Criterion.HasTag tag) {
      return peek(tagged, org).getOrDefault(customer.id(), Set.of()).contains(tag.tag());
    }
    if (criterion instanceof Criterion.FieldSet set) {
      return value(customer, set.field(), set.scope()) != null;
    }
    if (criterion instanceof Criterion.FieldCompare compare) {
      StoredFieldValue value = value(customer, compare.field(), compare.scope());
      return value != null && value.values().stream().anyMatch(v -> compare.comparison().test(compareValues(compare.type(), v,
          compare.value())));
    }
    if (criterion instanceof Criterion.MetricCompare compare) {
      MetricReading current = peek(currentMetrics, org).getOrDefault(customer.id(), Map.of()).get(compare.metric());
      return current != null && compare.comparison().test(current.value().compareTo(compare.value()));
    }
    Criterion.ConsentIs consent = (Criterion.ConsentIs) criterion;
    ConsentRecord current = peek(currentConsent, org).getOrDefault(customer.id(), Map.of()).get(consent.purpose());
    ConsentStatus status = current == null ? ConsentStatus.UNKNOWN : current.status();
    return status == consent.status();
  }

  /** Whether a value of one of {@code fields} on the customer (or their person) contains the normalized text. */
  boolean fieldContains(Customer customer, Set<FieldRef> fields, String text) {
    Map<UUID, Map<FieldId, Held>> byOwner = peek(fieldValues, customer.organizationId());
    for (FieldRef field : fields) {
      UUID owner = field.scope() == FieldScope.PERSON ? customer.personId().value() : customer.id().value();
      Held held = byOwner.getOrDefault(owner, Map.of()).get(field.id());
      if (held != null && held.searchTexts().stream().anyMatch(v -> v.contains(text))) {
        return true;
      }
    }
    return false;
  }

  private @Nullable StoredFieldValue value(Customer customer, FieldId field, FieldScope scope) {
    UUID owner = scope == FieldScope.PERSON ? customer.personId().value() : customer.id().value();
    Held held = peek(fieldValues, customer.organizationId()).getOrDefault(owner, Map.of()).get(field);
    return held == null ? null : held.value();
  }

  private static int compareValues(FieldType type, String stored, String operand) {
    if (type.isNumeric()) {
      return new BigDecimal(stored).compareTo(new BigDecimal(operand));
    }
    if (type == FieldType.DATE) {
      return LocalDate.parse(stored).compareTo(LocalDate.parse(operand));
    }
    return stored.equals(operand) ? 0 : 1;
  }

  private final class Fields implements FieldStore {
    private final Changes changes;

    Fields(Changes changes) {
      this.changes = changes;
    }

    @Override
    public void insert(FieldDefinition definition) {
      Map<FieldId, FieldDefinition> defined = inner(fieldDefinitions, definition.organizationId());
      if (defined.containsKey(definition.id())) {
        throw new ConflictException(ConflictException.Reason.DUPLICATE, "field " + definition.id() + " already exists",
            definition.id().toString());
      }
      requireKeyFree(defined, definition);
      changes.put(defined, definition.id(), definition);
    }

    @Override
    public void update(FieldDefinition definition, long expectedVersion) {
      Map<FieldId, FieldDefinition> defined = inner(fieldDefinitions, definition.organizationId());
      FieldDefinition stored = defined.get(definition.id());
      if (stored == null) {
        throw new NotFoundException("field", definition.id());
      }
      if (stored.version() != expectedVersion) {
        throw ConflictException.staleVersion("field", definition.id(), expectedVersion, stored.version());
      }
      requireKeyFree(defined, definition);
      changes.put(defined, definition.id(), definition);
    }

    private void requireKeyFree(Map<FieldId, FieldDefinition> defined, FieldDefinition definition) {
      for (FieldDefinition other : defined.values()) {
        if (other.key().equals(definition.key()) && !other.id().equals(definition.id())) {
          throw new ConflictException(ConflictException.Reason.DUPLICATE,
              "field key " + definition.key() + " is already used by field " + other.id(), other.id().toString());
        }
      }
    }

    @Override
    public List<FieldDefinition> definitions(OrganizationId organizationId) {
      return peek(fieldDefinitions, organizationId).values().stream()
          .sorted(Comparator.comparingInt(FieldDefinition::position).thenComparing(d -> d.id().toString()))
          .toList();
    }

    @Override
    public List<StoredFieldValue> values(OrganizationId organizationId, Collection<UUID> owners) {
      List<StoredFieldValue> found = new ArrayList<>();
      for (UUID owner : new HashSet<>(owners)) {
        peek(fieldValues, organizationId).getOrDefault(owner, Map.of()).values().forEach(held -> found.add(held.value()));
      }
      return found;
    }

    @Override
    public void put(OrganizationId organizationId, StoredFieldValue value) {
      changes.put(inner(inner(fieldValues, organizationId), value.owner()), value.field(), Held.of(value));
    }

    @Override
    public void remove(OrganizationId organizationId, FieldId field, UUID owner) {
      Map<FieldId, Held> values = peek(fieldValues, organizationId).get(owner);
      if (values != null && values.containsKey(field)) {
        changes.remove(values, field);
      }
    }

    @Override
    public boolean anyHolds(OrganizationId organizationId, FieldId field, String text) {
      return peek(fieldValues, organizationId).values().stream()
          .map(values -> values.get(field))
          .anyMatch(held -> held != null && held.value().values().contains(text));
    }
  }

  private final class Tags implements TagStore {
    private final Changes changes;

    Tags(Changes changes) {
      this.changes = changes;
    }

    private void checkName(Tag tag) {
      String key = TagStore.nameKey(tag.name());
      for (Tag other : peek(tags, tag.organizationId()).values()) {
        if (!other.id().equals(tag.id()) && TagStore.nameKey(other.name()).equals(key)) {
          throw new ConflictException(ConflictException.Reason.DUPLICATE,
              "tag name " + tag.name() + " is already used by tag " + other.id(), other.id().toString());
        }
      }
    }

    @Override
    public void insert(Tag tag) {
      if (peek(tags, tag.organizationId()).containsKey(tag.id())) {
        throw new ConflictException(ConflictException.Reason.DUPLICATE, "tag " + tag.id() + " already exists", tag.id().toString());
      }
      checkName(tag);
      changes.put(inner(tags, tag.organizationId()), tag.id(), tag);
    }

    @Override
    public void update(Tag tag, long expectedVersion) {
      Tag stored = peek(tags, tag.organizationId()).get(tag.id());
      if (stored == null) {
        throw new NotFoundException("tag", tag.id());
      }
      if (stored.version() != expectedVersion) {
        throw ConflictException.staleVersion("tag", tag.id(), expectedVersion, stored.version());
      }
      checkName(tag);
      changes.put(inner(tags, tag.organizationId()), tag.id(), tag);
    }

    @Override
    public List<CustomerId> delete(OrganizationId organizationId, TagId id) {
      if (!peek(tags, organizationId).containsKey(id)) {
        return List.of();
      }
      List<CustomerId> had = new ArrayList<>();
      Map<CustomerId, Set<TagId>> assignments = inner(tagged, organizationId);
      for (Map.Entry<CustomerId, Set<TagId>> entry : new ArrayList<>(assignments.entrySet())) {
        if (entry.getValue().contains(id)) {
          had.add(entry.getKey());
          Set<TagId> rest = new HashSet<>(entry.getValue());
          rest.remove(id);
          changes.put(assignments, entry.getKey(), Set.copyOf(rest));
        }
      }
      changes.remove(inner(tags, organizationId), id);
      had.sort(null);
      return had;
    }

    @Override
    public Optional<Tag> find(OrganizationId organizationId, TagId id) {
      return Optional.ofNullable(peek(tags, organizationId).get(id));
    }

    @Override
    public List<Tag> list(OrganizationId organizationId) {
      return sorted(peek(tags, organizationId).values());
    }

    private List<Tag> sorted(Collection<Tag> found) {
      return found.stream()
          .sorted(Comparator.comparing((Tag t) -> TagStore.nameKey(t.name())).thenComparing(t -> t.id().toString()))
          .toList();
    }

    @Override
    public List<CustomerId> assign(OrganizationId organizationId, TagId id, Collection<CustomerId> customers) {
      return change(organizationId, id, customers, true);
    }

    @Override
    public List<CustomerId> unassign(OrganizationId organizationId, TagId id, Collection<CustomerId> customers) {
      return change(organizationId, id, customers, false);
    }

    private List<CustomerId> change(OrganizationId organizationId, TagId id, Collection<CustomerId> customers, boolean add) {
      if (!peek(tags, organizationId).containsKey(id)) {
        throw new NotFoundException("tag", id);
      }
      Map<CustomerId, Set<TagId>> assignments = inner(tagged, organizationId);
      List<CustomerId> changed = new ArrayList<>();
      for (CustomerId customer : new java.util.LinkedHashSet<>(customers)) {
        Set<TagId> current = assignments.getOrDefault(customer, Set.of());
        if (current.contains(id) != add) {
          Set<TagId> next = new HashSet<>(current);
          if (add) {
            next.add(id);
          } else {
            next.remove(id);
          }
          changes.put(assignments, customer, Set.copyOf(next));
          changed.add(customer);
        }
      }
      return changed;
    }

    @Override
    public List<Tag> tagsOf(OrganizationId organizationId, CustomerId customerId) {
      Map<TagId, Tag> defined = peek(tags, organizationId);
      return sorted(peek(tagged, organizationId).getOrDefault(customerId, Set.of()).stream().map(defined::get).toList());
    }

    @Override
    public Map<TagId, Long> activeCounts(OrganizationId organizationId) {
      Map<TagId, Long> counts = new HashMap<>();
      peek(tagged, organizationId).forEach((customer, ids) -> {
        if (isActive.test(organizationId, customer)) {
          ids.forEach(id -> counts.merge(id, 1L, Long::sum));
        }
      });
      return counts;
    }
  }

  private final class Notes implements NoteStore {
    private final Changes changes;

    Notes(Changes changes) {
      this.changes = changes;
    }

    @Override
    public void insert(Note note) {
      if (peek(notes, note.organizationId()).containsKey(note.id())) {
        throw new ConflictException(ConflictException.Reason.DUPLICATE, "note " + note.id() + " already exists", note.id().toString());
      }
      changes.put(inner(notes, note.organizationId()), note.id(), note);
    }

    @Override
    public void update(Note note, long expectedVersion) {
      Note stored = peek(notes, note.organizationId()).get(note.id());
      if (stored == null) {
        throw new NotFoundException("note", note.id());
      }
      if (stored.version() != expectedVersion) {
        throw ConflictException.staleVersion("note", note.id(), expectedVersion, stored.version());
      }
      changes.put(inner(notes, note.organizationId()), note.id(), note);
    }

    @Override
    public Optional<Note> find(OrganizationId organizationId, NoteId id) {
      return Optional.ofNullable(peek(notes, organizationId).get(id));
    }

    private List<Note> visible(OrganizationId organizationId, CustomerId customerId, NoteScope scope) {
      return peek(notes, organizationId).values().stream()
          .filter(n -> n.customerId().equals(customerId) && !n.isDeleted() && scope.includes(n))
          .sorted(NEWEST_FIRST)
          .toList();
    }

    @Override
    public Page<Note> list(OrganizationId organizationId, CustomerId customerId, NoteScope scope, boolean flaggedOnly,
        int limit, @Nullable String cursor) {
      List<String> after = cursor == null ? null : Cursors.decode(cursor, "notes", 2);
      List<Note> matches = visible(organizationId, customerId, scope).stream()
          .filter(n -> !flaggedOnly || n.pinned() || n.alert())
          .filter(n -> after == null || isOlder(n, after))
          .toList();
      if (matches.size() <= limit) {
        return Page.last(matches);
      }
      List<Note> page = matches.subList(0, limit);
      Note last = page.get(limit - 1);
      return new Page<>(page, Cursors.encode("notes", last.createdAt().toString(), last.id().toString()));
    }

    private boolean isOlder(Note note, List<String> cursor) {
      int byTime = note.createdAt().compareTo(Instant.parse(cursor.get(0)));
      return byTime != 0 ? byTime < 0 : note.id().toString().compareTo(cursor.get(1)) < 0;
    }

    @Override
    public long count(OrganizationId organizationId, CustomerId customerId, NoteScope scope) {
      return visible(organizationId, customerId, scope).size();
    }

    @Override
    public void addRevision(OrganizationId organizationId, NoteRevision revision) {
      Map<NoteId, List<NoteRevision>> byNote = inner(revisions, organizationId);
      changes.put(byNote, revision.noteId(), appended(byNote.get(revision.noteId()), revision));
    }

    @Override
    public List<NoteRevision> revisions(OrganizationId organizationId, NoteId id) {
      return peek(revisions, organizationId).getOrDefault(id, List.of());
    }
  }

  private final class Metrics implements MetricStore {
    private final Changes changes;

    Metrics(Changes changes) {
      this.changes = changes;
    }

    @Override
    public void insert(MetricDefinition definition) {
      for (MetricDefinition other : peek(metricDefinitions, definition.organizationId()).values()) {
        if (other.key().equals(definition.key())) {
          throw new ConflictException(ConflictException.Reason.DUPLICATE,
              "metric key " + definition.key() + " is already used by metric " + other.id(), other.id().toString());
        }
      }
      changes.put(inner(metricDefinitions, definition.organizationId()), definition.id(), definition);
    }

    @Override
    public void update(MetricDefinition definition, long expectedVersion) {
      MetricDefinition stored = peek(metricDefinitions, definition.organizationId()).get(definition.id());
      if (stored == null) {
        throw new NotFoundException("metric", definition.id());
      }
      if (stored.version() != expectedVersion) {
        throw ConflictException.staleVersion("metric", definition.id(), expectedVersion, stored.version());
      }
      changes.put(inner(metricDefinitions, definition.organizationId()), definition.id(), definition);
    }

    @Override
    public List<MetricDefinition> definitions(OrganizationId organizationId) {
      return peek(metricDefinitions, organizationId).values().stream()
          .sorted(Comparator.comparing(MetricDefinition::key)).toList();
    }

    @Override
    public void append(MetricReading reading) {
      OrganizationId org = reading.organizationId();
      Map<CustomerId, List<MetricReading>> byCustomer = inner(readings, org);
      changes.put(byCustomer, reading.customerId(), appended(byCustomer.get(reading.customerId()), reading));
      Map<MetricId, MetricReading> current = inner(inner(currentMetrics, org), reading.customerId());
      MetricReading before = current.get(reading.metricId());
      if (before == null || LATEST_FIRST.compare(reading, before) < 0) {
        changes.put(current, reading.metricId(), reading);
      }
    }

    @Override
    public List<MetricReading> current(OrganizationId organizationId, CustomerId customerId) {
      return List.copyOf(peek(currentMetrics, organizationId).getOrDefault(customerId, Map.of()).values());
    }

    @Override
    public Optional<MetricReading> currentForUpdate(OrganizationId organizationId, CustomerId customerId, MetricId metricId) {
      // Transactions are serialized by the storage's write lock, which is all the holding needed here.
      return Optional.ofNullable(peek(currentMetrics, organizationId).getOrDefault(customerId, Map.of()).get(metricId));
    }

    private List<MetricReading> inRange(OrganizationId organizationId, CustomerId customerId, MetricId metricId,
        Instant from, Instant to) {
      return peek(readings, organizationId).getOrDefault(customerId, List.of()).stream()
          .filter(r -> r.metricId().equals(metricId) && !r.at().isBefore(from) && r.at().isBefore(to))
          .sorted(LATEST_FIRST)
          .toList();
    }

    @Override
    public Page<MetricReading> history(OrganizationId organizationId, CustomerId customerId, MetricId metricId, Instant from,
        Instant to, int limit, @Nullable String cursor) {
      List<String> after = cursor == null ? null : Cursors.decode(cursor, "metric-history", 2);
      List<MetricReading> matches = inRange(organizationId, customerId, metricId, from, to).stream()
          .filter(r -> after == null || isOlder(r, after))
          .toList();
      if (matches.size() <= limit) {
        return Page.last(matches);
      }
      List<MetricReading> page = matches.subList(0, limit);
      MetricReading last = page.get(limit - 1);
      return new Page<>(page, Cursors.encode("metric-history", last.at().toString(), last.id().toString()));
    }

    private boolean isOlder(MetricReading reading, List<String> cursor) {
      int byTime = reading.at().compareTo(Instant.parse(cursor.get(0)));
      return byTime != 0 ? byTime < 0 : reading.id().toString().compareTo(cursor.get(1)) < 0;
    }

    @Override
    public Optional<MetricSummary> summary(OrganizationId organizationId, CustomerId customerId, MetricId metricId,
        Instant from, Instant to) {
      List<MetricReading> found = inRange(organizationId, customerId, metricId, from, to);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      BigDecimal min = found.stream().map(MetricReading::value).min(Comparator.naturalOrder()).orElseThrow();
      BigDecimal max = found.stream().map(MetricReading::value).max(Comparator.naturalOrder()).orElseThrow();
      BigDecimal sum = found.stream().map(MetricReading::value).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal average = sum.divide(BigDecimal.valueOf(found.size()), MathContext.DECIMAL64);
      return Optional.of(new MetricSummary(from, to, found.size(), Decimals.canonical(min), Decimals.canonical(max),
          Decimals.canonical(average.setScale(MetricSummary.AVERAGE_SCALE, java.math.RoundingMode.HALF_EVEN)), found.get(0)));
    }
  }

  private final class Consent implements ConsentStore {
    private final Changes changes;

    Consent(Changes changes) {
      this.changes = changes;
    }

    @Override
    public void insertPurpose(OrganizationId organizationId, ConsentPurpose purpose) {
      Map<String, ConsentPurpose> defined = inner(purposes, organizationId);
      if (defined.containsKey(purpose.key())) {
        throw new ConflictException(ConflictException.Reason.DUPLICATE, "consent purpose " + purpose.key() + " already exists",
            purpose.key());
      }
      changes.put(defined, purpose.key(), purpose);
    }

    @Override
    public List<ConsentPurpose> purposes(OrganizationId organizationId) {
      return peek(purposes, organizationId).values().stream().sorted(Comparator.comparing(ConsentPurpose::key)).toList();
    }

    @Override
    public void append(ConsentRecord record) {
      Map<CustomerId, List<ConsentRecord>> history = inner(consentHistory, record.organizationId());
      changes.put(history, record.customerId(), appended(history.get(record.customerId()), record));
      changes.put(inner(inner(currentConsent, record.organizationId()), record.customerId()), record.purpose(), record);
    }

    @Override
    public List<ConsentRecord> current(OrganizationId organizationId, CustomerId customerId) {
      return List.copyOf(peek(currentConsent, organizationId).getOrDefault(customerId, Map.of()).values());
    }

    @Override
    public List<ConsentRecord> history(OrganizationId organizationId, CustomerId customerId) {
      List<ConsentRecord> all = new ArrayList<>(peek(consentHistory, organizationId).getOrDefault(customerId, List.of()));
      all.sort(Comparator.comparing(ConsentRecord::at).thenComparing(r -> r.id().toString()).reversed());
      return all;
    }
  }
}
