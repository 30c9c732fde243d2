package dev.customers.core;

import dev.customers.api.Customers;
import dev.customers.api.audit.AuditTrail;
import dev.customers.api.org.OrganizationService;
import dev.customers.api.roster.RosterService;
import dev.customers.api.spi.Storage;
import dev.customers.core.internal.EventDispatcher;
import jakarta.inject.Inject;

final class DefaultCustomers implements Customers {
  private final OrganizationService organizations;
  private final RosterService roster;
  private final AuditTrail audit;
  private final EventDispatcher dispatcher;
  private final Storage storage;

  @Inject
  DefaultCustomers(OrganizationService organizations, RosterService roster, AuditTrail audit,
      EventDispatcher dispatcher, Storage storage) {
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
  public int deliverPendingEvents() {
    return dispatcher.deliverPending();
  }

  @Override
  public void close() {
    storage.close();
  }
}
