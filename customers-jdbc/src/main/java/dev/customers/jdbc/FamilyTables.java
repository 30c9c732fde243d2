package dev.customers.jdbc;

import static dev.customers.jdbc.Columns.col;
import static dev.customers.jdbc.Columns.sdkTable;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** The family tables: guardian links and each organization's family settings. */
final class FamilyTables {
  private FamilyTables() {}

  static final Table<Record> LINKS = sdkTable("cs_guardian_links");
  static final Field<UUID> GL_ORG = col(LINKS, "organization_id", SQLDataType.UUID);
  static final Field<UUID> GL_DEPENDANT = col(LINKS, "dependant_id", SQLDataType.UUID);
  static final Field<UUID> GL_GUARDIAN = col(LINKS, "guardian_id", SQLDataType.UUID);
  static final Field<String> GL_RELATIONSHIP = col(LINKS, "relationship", SQLDataType.VARCHAR);
  static final Field<String> GL_PERMISSIONS = col(LINKS, "permissions", SQLDataType.VARCHAR);
  static final Field<LocalDateTime> GL_CREATED =
      col(LINKS, "created_at", SQLDataType.LOCALDATETIME(6));
  static final Field<LocalDateTime> GL_UPDATED =
      col(LINKS, "updated_at", SQLDataType.LOCALDATETIME(6));

  static final Table<Record> SETTINGS = sdkTable("cs_family_settings");
  static final Field<UUID> FS_ORG = col(SETTINGS, "organization_id", SQLDataType.UUID);
  static final Field<Integer> FS_AGE = col(SETTINGS, "age_of_majority", SQLDataType.INTEGER);
}
