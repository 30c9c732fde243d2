package dev.customers.jdbc;

import dev.customers.api.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether substring search on PostgreSQL can use the pg_trgm GIN indexes that the migration {@code
 * V2026_11_24_1500__roster_trigram_search} makes where the extension can be created. Detected by
 * the indexes themselves, so a user who did not create them (no owner rights) still gets them;
 * without them search scans each organization's rows, and the log says so once at start.
 */
final class PostgresTrigramIndex {
  private static final Logger LOG = LoggerFactory.getLogger(PostgresTrigramIndex.class);

  private PostgresTrigramIndex() {}

  static boolean present(DataSource dataSource, String schema) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select count(*) from pg_indexes where schemaname = ?"
                    + " and indexname in ('cs_customers_trgm_ix', 'cs_field_values_trgm_ix')")) {
      statement.setString(1, schema);
      try (ResultSet rs = statement.executeQuery()) {
        if (rs.next() && rs.getInt(1) == 2) {
          return true;
        }
      }
      LOG.warn(
          "the pg_trgm indexes of customer search are missing (the extension could not be created"
              + " when the schema was migrated); search scans each organization's rows. To add"
              + " them: create extension pg_trgm, then the two indexes of migration"
              + " V2026_11_24_1500__roster_trigram_search");
      return false;
    } catch (SQLException e) {
      throw new StorageException(
          "cannot read the customers schema's indexes: " + e.getMessage(), e);
    }
  }
}
