package dev.customers.core;

import dev.customers.api.Customers;
import dev.customers.api.accounts.AccountService;
import dev.customers.api.audit.AuditTrail;
import dev.customers.api.consent.ConsentService;
import dev.customers.api.duplicates.DuplicateService;
import dev.customers.api.export.ExportService;
import dev.customers.api.family.FamilyService;
import dev.customers.api.fields.FieldService;
import dev.customers.api.forms.FormService;
import dev.customers.api.metrics.MetricService;
import dev.customers.api.notes.NoteService;
import dev.customers.api.org.OrganizationService;
import dev.customers.api.profile.ProfileService;
import dev.customers.api.roster.RosterService;
import dev.customers.api.spi.Storage;
import dev.customers.api.tags.TagService;
import dev.customers.core.internal.EventDispatcher;
import jakarta.inject.Inject;

final class DefaultCustomers implements Customers {
  private final OrganizationService organizations;
  private final RosterService roster;
  private final AuditTrail audit;
  private final FieldService fields;
  private final TagService tags;
  private final NoteService notes;
  private final MetricService metrics;
  private final ConsentService consent;
  private final ProfileService profiles;
  private final FamilyService family;
  private final AccountService accounts;
  private final FormService forms;
  private final ExportService export;
  private final DuplicateService duplicates;
  private final dev.customers.api.imports.ImportService imports;
  private final EventDispatcher dispatcher;
  private final Storage storage;

  @Inject
  DefaultCustomers(
      OrganizationService organizations,
      RosterService roster,
      AuditTrail audit,
      FieldService fields,
      TagService tags,
      NoteService notes,
      MetricService metrics,
      ConsentService consent,
      ProfileService profiles,
      FamilyService family,
      AccountService accounts,
      FormService forms,
      ExportService export,
      DuplicateService duplicates,
      dev.customers.api.imports.ImportService imports,
      EventDispatcher dispatcher,
      Storage storage) {
    this.fields = fields;
    this.tags = tags;
    this.notes = notes;
    this.metrics = metrics;
    this.consent = consent;
    this.profiles = profiles;
    this.family = family;
    this.accounts = accounts;
    this.forms = forms;
    this.export = export;
    this.duplicates = duplicates;
    this.imports = imports;
    this.organizations = organizations;
    this.roster = roster;
    this.audit = audit;
    this.dispatcher = dispatcher;
    this.storage = storage;
  }

  @Override
  public OrganizationService organizations() {
    return organizations;
  }

  @Override
  public RosterService roster() {
    return roster;
  }

  @Override
  public AuditTrail audit() {
    return audit;
  }

  @Override
  public FieldService fields() {
    return fields;
  }

  @Override
  public TagService tags() {
    return tags;
  }

  @Override
  public NoteService notes() {
    return notes;
  }

  @Override
  public MetricService metrics() {
    return metrics;
  }

  @Override
  public ConsentService consent() {
    return consent;
  }

  @Override
  public ProfileService profiles() {
    return profiles;
  }

  @Override
  public FamilyService family() {
    return family;
  }

  @Override
  public AccountService accounts() {
    return accounts;
  }

  @Override
  public FormService forms() {
    return forms;
  }

  @Override
  public ExportService export() {
    return export;
  }

  @Override
  public DuplicateService duplicates() {
    return duplicates;
  }

  @Override
  public dev.customers.api.imports.ImportService imports() {
    return imports;
  }

  @Override
  public int deliverPendingEvents() {
    return dispatcher.deliverPending();
  }

  @Override
  public void close() {
    storage.close();
  }
}
