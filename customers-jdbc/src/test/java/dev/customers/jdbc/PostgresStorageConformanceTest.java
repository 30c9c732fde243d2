package dev.customers.jdbc;

class PostgresStorageConformanceTest extends JdbcStorageContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
