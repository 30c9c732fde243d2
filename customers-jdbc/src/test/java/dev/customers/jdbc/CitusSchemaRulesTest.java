package dev.customers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema rules that let Citus distribute every table but organizations, persons and the history
 * by {@code organization_id}, colocated (docs/scaling.md): on a migrated PostgreSQL schema, each
 * such table's primary key and every unique index start with {@code organization_id}, and every
 * foreign key between two of them carries it. A migration that breaks a rule fails here.
 */
class CitusSchemaRulesTest {
  private static final String KEYS =
      """
      select c.relname, i.relname, (
        select string_agg(a.attname, ',' order by k.ord)
        from unnest(x.indkey) with ordinality k(attnum, ord)
        join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum)
      from pg_index x
      join pg_class c on c.oid = x.indrelid
      join pg_class i on i.oid = x.indexrelid
      join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = ? and (x.indisprimary or x.indisunique)
      """;

  private static final String FOREIGN_KEYS =
      """
      select c.conname, t.relname, r.relname, (
        select string_agg(a.attname, ',')
        from unnest(c.conkey) k(attnum)
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum)
      from pg_constraint c
      join pg_class t on t.oid = c.conrelid
      join pg_class r on r.oid = c.confrelid
      join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = ? and c.contype = 'f'
      """;

  @Test
  void everyDistributedTable_keysAndReferencesByOrganization() throws SQLException {
    TestDatabase database = TestDatabase.postgres();
    try (JdbcStorage storage = JdbcStorage.open(database.settings());
        HikariDataSource pool = JdbcStorage.pool(database.settings());
        Connection c = pool.getConnection()) {
      List<String> tables = new ArrayList<>();
      List<String> broken = new ArrayList<>();
      try (PreparedStatement keys = c.prepareStatement(KEYS)) {
        keys.setString(1, storage.schema());
        try (ResultSet rs = keys.executeQuery()) {
          while (rs.next()) {
            String table = rs.getString(1);
            if (CitusRouting.REFERENCE_TABLES.contains(table)) {
              continue;
            }
            tables.add(table);
            String columns = rs.getString(3);
            if (!columns.equals("organization_id") && !columns.startsWith("organization_id,")) {
              broken.add(rs.getString(2) + " (" + rs.getString(3) + ")");
            }
          }
        }
      }
      try (PreparedStatement foreign = c.prepareStatement(FOREIGN_KEYS)) {
        foreign.setString(1, storage.schema());
        try (ResultSet rs = foreign.executeQuery()) {
          while (rs.next()) {
            boolean betweenDistributed =
                !CitusRouting.REFERENCE_TABLES.contains(rs.getString(2))
                    && !CitusRouting.REFERENCE_TABLES.contains(rs.getString(3));
            if (betweenDistributed && !rs.getString(4).contains("organization_id")) {
              broken.add(rs.getString(1) + " (" + rs.getString(4) + ")");
            }
          }
        }
      }
      assertThat(tables)
          .as("the distributed tables")
          .contains(
              "cs_customers",
              "cs_audit",
              "cs_outbox",
              "cs_tags",
              "cs_field_values",
              "cs_guardian_links",
              "cs_family_settings",
              "cs_account_invites",
              "cs_credentials",
              "cs_forms",
              "cs_form_submissions",
              "cs_form_answers",
              "cs_import_jobs",
              "cs_import_sources",
              "cs_import_failed_rows",
              "cs_import_mappings",
              "cs_external_ids");
      assertThat(broken).isEmpty();
    } finally {
      database.drop();
    }
  }
}
