package dev.customers.api;

import dev.customers.api.audit.AuditTrail;
import dev.customers.api.org.OrganizationService;
import dev.customers.api.roster.RosterService;

/**
 * The running SDK: its services, and the resources it owns (a connection pool it made, for
 * instance), released by {@link #close()}.
 */
public interface Customers extends AutoCloseable {

  /**
   * Organizations (tenants): create, list, get.
   *
   * @return the organization service
   */
  OrganizationService organizations();

  /**
   * The roster: customers, search, birthdays.
   *
   * @return the roster: customers, search, birthdays
   */
  RosterService roster();

  /**
   * The audit trail of each customer.
   *
   * @return the audit trail of each customer
   */
  AuditTrail audit();

  /**
   * Custom field definitions and values.
   *
   * @return the dev.customers.api.fields. field service
   */
  dev.customers.api.fields.FieldService fields();

  /**
   * Tags and their assignments.
   *
   * @return the dev.customers.api.tags. tag service
   */
  dev.customers.api.tags.TagService tags();

  /**
   * Notes and alerts on customers.
   *
   * @return the dev.customers.api.notes. note service
   */
  dev.customers.api.notes.NoteService notes();

  /**
   * Metric definitions, readings and summaries.
   *
   * @return the dev.customers.api.metrics. metric service
   */
  dev.customers.api.metrics.MetricService metrics();

  /**
   * Consent per purpose, with its history.
   *
   * @return the dev.customers.api.consent. consent service
   */
  dev.customers.api.consent.ConsentService consent();

  /**
   * The whole profile in one call: fields, tags, notes, alerts, metrics, consent.
   *
   * @return the whole profile in one call: fields, tags, notes, alerts, metrics, consent
   */
  dev.customers.api.profile.ProfileService profiles();

  /**
   * Family accounts: guardians, dependants, guest accounts and guardian permissions.
   *
   * @return the family service
   */
  dev.customers.api.family.FamilyService family();

  /**
   * Customer accounts: invites, claims, passwords and logins.
   *
   * @return the account service
   */
  dev.customers.api.accounts.AccountService accounts();

  /**
   * Forms: sign-up, family sign-up, intake and waiver forms, their JSON Schema and submissions.
   *
   * @return the form service
   */
  dev.customers.api.forms.FormService forms();

  /**
   * Roster export as CSV or JSON.
   *
   * @return the export service
   */
  dev.customers.api.export.ExportService export();

  /**
   * Likely duplicate customers on a roster.
   *
   * @return the duplicate service
   */
  dev.customers.api.duplicates.DuplicateService duplicates();

  /**
   * Roster import: CSV files and records as stored, resumable jobs.
   *
   * @return the import service
   */
  dev.customers.api.imports.ImportService imports();

  /**
   * Delivers events that were committed but not yet delivered (after a crash, say) and returns how
   * many. The builder calls it on start; a host that builds its own injector calls it once at
   * start.
   *
   * @return how many
   */
  int deliverPendingEvents();

  /** Releases what the SDK owns; a host's own DataSource is never closed. */
  @Override
  void close();
}
