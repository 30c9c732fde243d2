package dev.customers.jdbc;

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
import org.jooq.DSLContext;

/** The stores of one JDBC transaction, all on the transaction's connection. */
final class JooqSession implements StoreSession {
  private final boolean readOnly;
  private boolean sent;
  private final JooqOrganizationStore organizations;
  private final JooqPersonStore persons;
  private final JooqCustomerStore customers;
  private final JooqAuditStore audit;
  private final JooqEventOutbox outbox;
  private final JooqFieldStore fields;
  private final JooqTagStore tags;
  private final JooqNoteStore notes;
  private final JooqMetricStore metrics;
  private final JooqConsentStore consent;
  private final JooqFamilyStore family;
  private final JooqAccountStore accounts;
  private final JooqFormStore forms;
  private final JooqImportStore imports;

  JooqSession(DSLContext db, boolean readOnly) {
    this.readOnly = readOnly;
    this.organizations = new JooqOrganizationStore(db);
    this.persons = new JooqPersonStore(db);
    this.customers = new JooqCustomerStore(db, persons, this::markSent);
    this.audit = new JooqAuditStore(db);
    this.outbox = new JooqEventOutbox(db);
    this.fields = new JooqFieldStore(db);
    this.tags = new JooqTagStore(db);
    this.notes = new JooqNoteStore(db);
    this.metrics = new JooqMetricStore(db);
    this.consent = new JooqConsentStore(db);
    this.family = new JooqFamilyStore(db);
    this.accounts = new JooqAccountStore(db);
    this.forms = new JooqFormStore(db);
    this.imports = new JooqImportStore(db);
  }

  boolean readOnly() {
    return readOnly;
  }

  /** Records that a statement of this session has completed on its connection. */
  void markSent() {
    sent = true;
  }

  /** Whether a statement of this session has completed, so its connection did work. */
  boolean sent() {
    return sent;
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
}
