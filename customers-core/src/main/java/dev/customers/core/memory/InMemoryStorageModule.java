package dev.customers.core.memory;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import dev.customers.api.spi.Storage;

/**
 * Binds {@link Storage} to an {@link InMemoryStorage}: a new one, or one the host hands in (to
 * share it between two SDK instances in a test, say). Needs nothing.
 */
public final class InMemoryStorageModule extends AbstractModule {
  private final InMemoryStorage storage;

  public InMemoryStorageModule() {
    this(new InMemoryStorage());
  }

  public InMemoryStorageModule(InMemoryStorage storage) {
    this.storage = requireNonNull(storage, "storage");
  }

  @Override
  protected void configure() {
    bind(Storage.class).toInstance(storage);
  }
}
