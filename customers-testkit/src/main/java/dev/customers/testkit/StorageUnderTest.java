package dev.customers.testkit;

import com.google.inject.Module;
import dev.customers.api.spi.Storage;

/**
 * How the contracts get the adapter under test: fresh, empty storage for each test (its own schema
 * or database, for a server-backed adapter), dropped after it. An adapter author implements it once
 * and returns it from every contract they run.
 */
public interface StorageUnderTest {
  /**
   * New storage with no data in it; a test that cannot have it (no server) aborts or fails here.
   */
  Storage open();

  /**
   * A Guice module binding new storage, for the service contracts; the default binds {@link
   * #open()}.
   */
  default Module module() {
    Storage storage = open();
    return binder -> binder.bind(Storage.class).toInstance(storage);
  }

  /** Drops what the last {@link #open()} or {@link #module()} made, after its storage is closed. */
  default void drop() {}
}
