package dev.customers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.testkit.EveryStoreContract;
import dev.customers.testkit.StorageUnderTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/**
 * Every store contract on PostgreSQL, with the SQL of every statement the stores ran kept: after
 * the contracts, each must be one Citus can route to one organization's shard ({@link
 * CitusRouting}).
 */
class PostgresStoreContractsTest extends EveryStoreContract {
  private static final List<String> STATEMENTS = Collections.synchronizedList(new ArrayList<>());

  private final StorageUnderTest storage = new RecordingPostgres(STATEMENTS);

  @Override
  protected StorageUnderTest storageUnderTest() {
    return storage;
  }

  @AfterAll
  static void everyStatementCarriesItsOrganization() {
    assertThat(STATEMENTS).as("statements the store contracts ran").hasSizeGreaterThan(500);
    assertThat(CitusRouting.violations(STATEMENTS)).isEmpty();
  }
}
