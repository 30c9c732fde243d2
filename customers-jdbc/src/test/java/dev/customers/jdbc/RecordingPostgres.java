package dev.customers.jdbc;

import com.google.inject.Module;
import com.zaxxer.hikari.HikariDataSource;
import dev.customers.api.spi.Storage;
import dev.customers.testkit.StorageUnderTest;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * JDBC storage on a PostgreSQL schema of its own per test, the SQL of its statements (once
 * migrated) added to a list when the test's storage is dropped.
 */
final class RecordingPostgres implements StorageUnderTest {
  private final List<String> statements;

  RecordingPostgres(List<String> statements) {
    this.statements = statements;
  }

  private @Nullable TestDatabase database;
  private @Nullable HikariDataSource pool;
  private @Nullable CountingDataSource counting;

  @Override
  public Storage open() {
    CountingDataSource recorder = start();
    JdbcStorage opened = JdbcStorage.create(recorder, database().schema(), null);
    recorder.reset();
    return opened;
  }

  @Override
  public Module module() {
    CountingDataSource recorder = start();
    return JdbcStorageModule.forDataSource(recorder, database().schema(), null);
  }

  private CountingDataSource start() {
    database = TestDatabase.postgres();
    pool = JdbcStorage.pool(database.settings());
    counting = new CountingDataSource(pool);
    return counting;
  }

  private TestDatabase database() {
    if (database == null) {
      throw new IllegalStateException("not started");
    }
    return database;
  }

  @Override
  public void drop() {
    if (counting != null) {
      statements.addAll(
          counting.sql().stream().filter(s -> !s.contains("cs_schema_history")).toList());
      counting = null;
    }
    if (pool != null) {
      pool.close();
      pool = null;
    }
    if (database != null) {
      database.drop();
      database = null;
    }
  }
}
