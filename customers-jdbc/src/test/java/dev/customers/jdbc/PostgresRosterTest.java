package dev.customers.jdbc;

class PostgresRosterTest extends JdbcRosterContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
