package dev.customers.jdbc;

import static dev.customers.jdbc.Columns.col;
import static dev.customers.jdbc.Columns.sdkTable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The custom-field tables: definitions, and one row per value with typed copies for filters and a
 * normalized copy for search.
 */
final class FieldTables {
  /**
   * Values longer than this are kept out of the indexed key column; equality on them compares the
   * full text.
   */
  static final int MAX_KEY = 255;

  private FieldTables() {}

  static final Table<Record> FIELD_DEFS = sdkTable("cs_field_definitions");
  static final Field<UUID> FD_ORG = col(FIELD_DEFS, "organization_id", SQLDataType.UUID);
  static final Field<UUID> FD_ID = col(FIELD_DEFS, "id", SQLDataType.UUID);
  static final Field<String> FD_KEY = col(FIELD_DEFS, "field_key", SQLDataType.VARCHAR);
  static final Field<String> FD_LABEL = col(FIELD_DEFS, "label", SQLDataType.VARCHAR);
  static final Field<String> FD_HELP = col(FIELD_DEFS, "help_text", SQLDataType.VARCHAR);
  static final Field<String> FD_TYPE = col(FIELD_DEFS, "field_type", SQLDataType.VARCHAR);
  static final Field<Boolean> FD_REQUIRED = col(FIELD_DEFS, "required", SQLDataType.BOOLEAN);
  static final Field<String> FD_CHOICES = col(FIELD_DEFS, "choices", SQLDataType.CLOB);
  static final Field<String> FD_SCOPE = col(FIELD_DEFS, "scope", SQLDataType.VARCHAR);
  static final Field<String> FD_STAFF_VIEW = col(FIELD_DEFS, "staff_view", SQLDataType.VARCHAR);
  static final Field<String> FD_STAFF_EDIT = col(FIELD_DEFS, "staff_edit", SQLDataType.VARCHAR);
  static final Field<Boolean> FD_CUSTOMER_VIEW =
      col(FIELD_DEFS, "customer_view", SQLDataType.BOOLEAN);
  static final Field<Boolean> FD_CUSTOMER_EDIT =
      col(FIELD_DEFS, "customer_edit", SQLDataType.BOOLEAN);
  static final Field<Boolean> FD_PERSONAL = col(FIELD_DEFS, "personal_data", SQLDataType.BOOLEAN);
  static final Field<Boolean> FD_WRITE_ONCE = col(FIELD_DEFS, "write_once", SQLDataType.BOOLEAN);
  static final Field<Integer> FD_POSITION =
      col(FIELD_DEFS, "display_position", SQLDataType.INTEGER);
  static final Field<Boolean> FD_ARCHIVED = col(FIELD_DEFS, "archived", SQLDataType.BOOLEAN);
  static final Field<LocalDateTime> FD_CREATED =
      col(FIELD_DEFS, "created_at", SQLDataType.LOCALDATETIME(6));
  static final Field<LocalDateTime> FD_UPDATED =
      col(FIELD_DEFS, "updated_at", SQLDataType.LOCALDATETIME(6));
  static final Field<Long> FD_VERSION = col(FIELD_DEFS, "version", SQLDataType.BIGINT);

  static final Table<Record> FIELD_VALUES = sdkTable("cs_field_values");
  static final Field<UUID> FV_ORG = col(FIELD_VALUES, "organization_id", SQLDataType.UUID);
  static final Field<UUID> FV_FIELD = col(FIELD_VALUES, "field_id", SQLDataType.UUID);
  static final Field<UUID> FV_OWNER = col(FIELD_VALUES, "owner_id", SQLDataType.UUID);
  static final Field<Integer> FV_ORDINAL = col(FIELD_VALUES, "ordinal", SQLDataType.INTEGER);
  static final Field<String> FV_TEXT = col(FIELD_VALUES, "v_text", SQLDataType.CLOB);
  static final Field<String> FV_KEY = col(FIELD_VALUES, "v_key", SQLDataType.VARCHAR);
  static final Field<BigDecimal> FV_NUM = col(FIELD_VALUES, "v_num", SQLDataType.DECIMAL(26, 6));
  static final Field<LocalDate> FV_DATE = col(FIELD_VALUES, "v_date", SQLDataType.LOCALDATE);
  static final Field<String> FV_SEARCH = col(FIELD_VALUES, "v_search", SQLDataType.VARCHAR);
}
