package dev.customers.jdbc;

class H2StorageConformanceTest extends JdbcStorageContract {
  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
