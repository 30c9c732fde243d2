package dev.customers.jdbc;

import com.google.inject.Module;
import dev.customers.api.spi.Storage;
import dev.customers.testkit.StorageUnderTest;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * JDBC storage on a database of its own per test (an H2 database, a PostgreSQL schema, a MariaDB
 * database).
 */
final class JdbcStorageUnderTest implements StorageUnderTest {
  private final Supplier<TestDatabase> databases;
  private @Nullable TestDatabase database;

  JdbcStorageUnderTest(Supplier<TestDatabase> databases) {
    this.databases = databases;
  }

  @Override
  public Storage open() {
    database = databases.get();
    return JdbcStorage.open(database.settings());
  }

  @Override
  public Module module() {
    database = databases.get();
    return JdbcStorageModule.forSettings(database.settings());
  }

  @Override
  public void drop() {
    if (database != null) {
      database.drop();
      database = null;
    }
  }
}
