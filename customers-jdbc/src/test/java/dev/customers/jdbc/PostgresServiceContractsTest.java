package dev.customers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.testkit.EveryServiceContract;
import dev.customers.testkit.StorageUnderTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/**
 * Every service contract on PostgreSQL, wired through {@link JdbcStorageModule}, with the SQL of
 * every statement kept: after the contracts, each must be one Citus can route to one organization's
 * shard ({@link CitusRouting}).
 */
class PostgresServiceContractsTest extends EveryServiceContract {
  private static final List<String> STATEMENTS = Collections.synchronizedList(new ArrayList<>());

  private final StorageUnderTest storage = new RecordingPostgres(STATEMENTS);

  @AfterAll
  static void everyStatementCarriesItsOrganization() {
    assertThat(STATEMENTS).as("statements the service contracts ran").hasSizeGreaterThan(500);
    assertThat(CitusRouting.violations(STATEMENTS)).isEmpty();
  }

  @Override
  protected StorageUnderTest storageUnderTest() {
    return storage;
  }
}
