package dev.customers.jdbc;

import dev.customers.api.spi.Storage;
import dev.customers.testkit.ProfileStorageContract;

/** The conformance suite over JDBC; each subclass names the database. */
abstract class JdbcStorageContract extends ProfileStorageContract {
  private TestDatabase database;

  abstract TestDatabase newDatabase();

  @Override
  protected Storage newStorage() {
    database = newDatabase();
    return JdbcStorage.open(database.settings());
  }

  @Override
  protected void dropStorage(Storage storage) {
    storage.close();
    database.drop();
  }
}
