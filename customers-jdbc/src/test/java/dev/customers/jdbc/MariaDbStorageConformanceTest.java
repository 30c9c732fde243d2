package dev.customers.jdbc;

class MariaDbStorageConformanceTest extends JdbcStorageContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.mariadb();
  }
}
