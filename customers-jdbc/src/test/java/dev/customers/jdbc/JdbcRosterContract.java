package dev.customers.jdbc;

import com.google.inject.Module;
import dev.customers.testkit.ProfileContract;

/** The roster service contract over JDBC; each subclass names the database. */
abstract class JdbcRosterContract extends ProfileContract {
  private TestDatabase database;

  abstract TestDatabase newDatabase();

  @Override
  protected Module newStorageModule() {
    database = newDatabase();
    return JdbcStorageModule.forSettings(database.settings());
  }

  @Override
  protected void dropStorage() {
    database.drop();
  }
}
