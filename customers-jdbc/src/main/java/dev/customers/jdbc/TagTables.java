package dev.customers.jdbc;

import static dev.customers.jdbc.Columns.col;
import static dev.customers.jdbc.Columns.sdkTable;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** The tag tables: tags and their assignments. */
final class TagTables {
  private TagTables() {}

  static final Table<Record> TAGS = sdkTable("cs_tags");
  static final Field<UUID> T_ORG = col(TAGS, "organization_id", SQLDataType.UUID);
  static final Field<UUID> T_ID = col(TAGS, "id", SQLDataType.UUID);
  static final Field<String> T_NAME = col(TAGS, "name", SQLDataType.VARCHAR);
  static final Field<String> T_NAME_KEY = col(TAGS, "name_key", SQLDataType.VARCHAR);
  static final Field<String> T_COLOUR = col(TAGS, "colour", SQLDataType.VARCHAR);
  static final Field<LocalDateTime> T_CREATED =
      col(TAGS, "created_at", SQLDataType.LOCALDATETIME(6));
  static final Field<Long> T_VERSION = col(TAGS, "version", SQLDataType.BIGINT);

  static final Table<Record> CUSTOMER_TAGS = sdkTable("cs_customer_tags");
  static final Field<UUID> CT_ORG = col(CUSTOMER_TAGS, "organization_id", SQLDataType.UUID);
  static final Field<UUID> CT_TAG = col(CUSTOMER_TAGS, "tag_id", SQLDataType.UUID);
  static final Field<UUID> CT_CUSTOMER = col(CUSTOMER_TAGS, "customer_id", SQLDataType.UUID);
}
