package dev.customers.core.memory;

import static java.util.Objects.requireNonNull;

import dev.customers.api.spi.Storage;
import dev.customers.api.spi.StoreWork;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jspecify.annotations.Nullable;

/**
 * Storage in the JVM's memory. Transactions are serialized by a write lock and undone from a log
 * when they fail, so a failed call leaves nothing behind; reads share a read lock. Search keeps a
 * normalized copy of every person's searchable fields, updated on write.
 */
public final class InMemoryStorage implements Storage {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  // Per instance, not static: each storage has its own transactions (tests run several at once).
  @SuppressWarnings("ThreadLocalUsage")
  private final ThreadLocal<@Nullable InMemorySession> current = new ThreadLocal<>();

  private final RosterTables roster = new RosterTables();
  private final ProfileTables profile = new ProfileTables();
  private final FamilyTables family = new FamilyTables();
  private final AccountTables accounts = new AccountTables();
  private final FormTables forms = new FormTables();
  private final ImportTables imports = new ImportTables();

  @Override
  public <T extends @Nullable Object> T inTransaction(StoreWork<T> work) {
    return run(work, false);
  }

  @Override
  public <T extends @Nullable Object> T read(StoreWork<T> work) {
    return run(work, true);
  }

  private <T extends @Nullable Object> T run(StoreWork<T> work, boolean readOnly) {
    requireNonNull(work, "work");
    InMemorySession joined = current.get();
    if (joined != null) {
      if (joined.readOnly() && !readOnly) {
        throw new IllegalStateException("cannot start a write transaction inside a read-only one");
      }
      return work.run(joined);
    }
    ReentrantReadWriteLock.ReadLock readLock = lock.readLock();
    ReentrantReadWriteLock.WriteLock writeLock = lock.writeLock();
    if (readOnly) {
      readLock.lock();
    } else {
      writeLock.lock();
    }
    InMemorySession session =
        new InMemorySession(roster, profile, family, accounts, forms, imports, readOnly);
    current.set(session);
    try {
      return work.run(session);
    } catch (Throwable failure) {
      session.rollback();
      throw failure;
    } finally {
      current.remove();
      if (readOnly) {
        readLock.unlock();
      } else {
        writeLock.unlock();
      }
    }
  }
}
