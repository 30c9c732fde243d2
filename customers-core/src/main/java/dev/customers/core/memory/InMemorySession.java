package dev.customers.core.memory;

import dev.customers.api.spi.AccountStore;
import dev.customers.api.spi.AuditStore;
import dev.customers.api.spi.ConsentStore;
import dev.customers.api.spi.CustomerStore;
import dev.customers.api.spi.EventOutbox;
import dev.customers.api.spi.FamilyStore;
import dev.customers.api.spi.FieldStore;
import dev.customers.api.spi.FormStore;
import dev.customers.api.spi.MetricStore;
import dev.customers.api.spi.NoteStore;
import dev.customers.api.spi.OrganizationStore;
import dev.customers.api.spi.PersonStore;
import dev.customers.api.spi.StoreSession;
import dev.customers.api.spi.TagStore;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One in-memory transaction: its stores and the log that undoes its writes. */
final class InMemorySession implements StoreSession, Changes {
  private final boolean readOnly;
  private final Deque<Runnable> undo = new ArrayDeque<>();
  private final OrganizationStore organizations;
  private final PersonStore persons;
  private final CustomerStore customers;
  private final AuditStore audit;
  private final EventOutbox outbox;
  private final FieldStore fields;
  private final TagStore tags;
  private final NoteStore notes;
  private final MetricStore metrics;
  private final ConsentStore consent;
  private final FamilyStore family;
  private final AccountStore accounts;
  private final FormStore forms;
  private final dev.customers.api.spi.ImportStore imports;

  InMemorySession(
      RosterTables roster,
      ProfileTables profile,
      FamilyTables familyTables,
      AccountTables accountTables,
      FormTables formTables,
      ImportTables importTables,
      boolean readOnly) {
    this.readOnly = readOnly;
    InMemoryCriteria criteria = new InMemoryCriteria(profile, accountTables);
    this.organizations = new InMemoryOrganizationStore(roster, this);
    this.persons = new InMemoryPersonStore(roster, this);
    this.customers = new InMemoryCustomerStore(roster, criteria, this);
    this.audit = new InMemoryAuditStore(roster, this);
    this.outbox = new InMemoryEventOutbox(roster, this);
    this.fields = new InMemoryFieldStore(profile, this);
    this.tags = new InMemoryTagStore(profile, roster::isActive, this);
    this.notes = new InMemoryNoteStore(profile, this);
    this.metrics = new InMemoryMetricStore(profile, this);
    this.consent = new InMemoryConsentStore(profile, this);
    this.family = new InMemoryFamilyStore(familyTables, this);
    this.accounts = new InMemoryAccountStore(accountTables, this);
    this.forms = new InMemoryFormStore(formTables, this);
    this.imports = new InMemoryImportStore(importTables, this);
  }

  boolean readOnly() {
    return readOnly;
  }

  @Override
  public OrganizationStore organizations() {
    return organizations;
  }

  @Override
  public PersonStore persons() {
    return persons;
  }

  @Override
  public CustomerStore customers() {
    return customers;
  }

  @Override
  public AuditStore audit() {
    return audit;
  }

  @Override
  public EventOutbox outbox() {
    return outbox;
  }

  @Override
  public FieldStore fields() {
    return fields;
  }

  @Override
  public TagStore tags() {
    return tags;
  }

  @Override
  public NoteStore notes() {
    return notes;
  }

  @Override
  public MetricStore metrics() {
    return metrics;
  }

  @Override
  public ConsentStore consent() {
    return consent;
  }

  @Override
  public FamilyStore family() {
    return family;
  }

  @Override
  public AccountStore accounts() {
    return accounts;
  }

  @Override
  public FormStore forms() {
    return forms;
  }

  @Override
  public dev.customers.api.spi.ImportStore imports() {
    return imports;
  }

  private void checkWritable() {
    if (readOnly) {
      throw new IllegalStateException("write in a read-only transaction");
    }
  }

  @Override
  public <K, V> void put(Map<K, V> map, K key, V value) {
    checkWritable();
    V previous = map.put(key, value);
    undo.push(() -> restore(map, key, previous));
  }

  @Override
  public <K, V> void remove(Map<K, V> map, K key) {
    checkWritable();
    V previous = map.remove(key);
    undo.push(() -> restore(map, key, previous));
  }

  @Override
  public <T> void add(List<T> list, T item) {
    checkWritable();
    list.add(item);
    undo.push(() -> list.remove(item));
  }

  @Override
  public void onUndo(Runnable action) {
    checkWritable();
    undo.push(action);
  }

  @Override
  public <K, V> Batch<K, V> batch(Map<K, V> map) {
    checkWritable();
    MapBatch<K, V> batch = new MapBatch<>(map);
    undo.push(batch::undo);
    return batch;
  }

  /** The keys written, in order, and what each held before (mostly nothing: new keys). */
  private static final class MapBatch<K, V> implements Batch<K, V> {
    private final Map<K, V> map;
    private final List<K> keys = new java.util.ArrayList<>();
    private final List<@Nullable V> previous = new java.util.ArrayList<>();

    MapBatch(Map<K, V> map) {
      this.map = map;
    }

    @Override
    public void put(K key, V value) {
      V before = map.put(key, value);
      keys.add(key);
      previous.add(before);
    }

    @Override
    public void remove(K key) {
      V before = map.remove(key);
      keys.add(key);
      previous.add(before);
    }

    void undo() {
      for (int i = keys.size() - 1; i >= 0; i--) {
        restore(map, keys.get(i), previous.get(i));
      }
    }
  }

  void rollback() {
    while (!undo.isEmpty()) {
      undo.pop().run();
    }
  }

  private static <K, V> void restore(Map<K, V> map, K key, @Nullable V previous) {
    if (previous == null) {
      map.remove(key);
    } else {
      map.put(key, previous);
    }
  }
}
