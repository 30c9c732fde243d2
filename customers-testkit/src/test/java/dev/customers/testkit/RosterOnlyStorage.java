package dev.customers.testkit;

import dev.customers.api.spi.AuditStore;
import dev.customers.api.spi.CustomerStore;
import dev.customers.api.spi.EventOutbox;
import dev.customers.api.spi.OrganizationStore;
import dev.customers.api.spi.PersonStore;
import dev.customers.api.spi.Storage;
import dev.customers.api.spi.StoreSession;
import dev.customers.api.spi.StoreWork;
import dev.customers.core.memory.InMemoryStorage;
import org.jspecify.annotations.Nullable;

/**
 * A plugin author's minimal adapter: it implements only the roster's stores (here by handing them
 * over from an in-memory storage), exactly as an adapter written before profile data would.
 */
final class RosterOnlyStorage implements Storage {
  private final InMemoryStorage tables = new InMemoryStorage();

  @Override
  public <T extends @Nullable Object> T inTransaction(StoreWork<T> work) {
    return tables.inTransaction(session -> work.run(new RosterOnlySession(session)));
  }

  @Override
  public <T extends @Nullable Object> T read(StoreWork<T> work) {
    return tables.read(session -> work.run(new RosterOnlySession(session)));
  }

  /** The five roster stores and nothing else: every later store is left to the SPI's default. */
  private static final class RosterOnlySession implements StoreSession {
    private final StoreSession tables;

    RosterOnlySession(StoreSession tables) {
      this.tables = tables;
    }

    @Override
    public OrganizationStore organizations() {
      return tables.organizations();
    }

    @Override
    public PersonStore persons() {
      return tables.persons();
    }

    @Override
    public CustomerStore customers() {
      return tables.customers();
    }

    @Override
    public AuditStore audit() {
      return tables.audit();
    }

    @Override
    public EventOutbox outbox() {
      return tables.outbox();
    }
  }
}
