package dev.customers.jdbc;

class H2RosterTest extends JdbcRosterContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
