package dev.customers.jdbc;

class MariaDbRosterTest extends JdbcRosterContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.mariadb();
  }
}
