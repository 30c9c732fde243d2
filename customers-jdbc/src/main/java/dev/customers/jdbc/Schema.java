package dev.customers.jdbc;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The tables and columns, written out rather than generated: the three dialects' migrations
 * differ in types (UUID or CHAR(36), TIMESTAMP or DATETIME), which jOOQ's DDL-based generator
 * would see as three schemas, while the names and Java types here are the same for all of them.
 * The conformance suite on every database is what checks that each name matches its column.
 */
final class Schema {
  private Schema() {}

  static final Table<Record> ORGANIZATIONS = table(name("cs_organizations"));
  static final Field<UUID> O_ID = col(ORGANIZATIONS, "id", SQLDataType.UUID);
  static final Field<String> O_NAME = col(ORGANIZATIONS, "name", SQLDataType.VARCHAR);
  static final Field<String> O_TIME_ZONE = col(ORGANIZATIONS, "time_zone", SQLDataType.VARCHAR);
  static final Field<LocalDateTime> O_CREATED = col(ORGANIZATIONS, "created_at", SQLDataType.LOCALDATETIME(6));

  static final Table<Record> PERSONS = table(name("cs_persons"));
  static final Field<UUID> P_ID = col(PERSONS, "id", SQLDataType.UUID);
  static final Field<String> P_FIRST = col(PERSONS, "first_name", SQLDataType.VARCHAR);
  static final Field<String> P_LAST = col(PERSONS, "last_name", SQLDataType.VARCHAR);
  static final Field<String> P_EMAIL = col(PERSONS, "email", SQLDataType.VARCHAR);
  static final Field<String> P_USERNAME = col(PERSONS, "username", SQLDataType.VARCHAR);
  static final Field<String> P_PHONE = col(PERSONS, "phone", SQLDataType.VARCHAR);
  static final Field<LocalDate> P_BIRTHDAY = col(PERSONS, "birthday", SQLDataType.LOCALDATE);
  static final Field<LocalDateTime> P_CREATED = col(PERSONS, "created_at", SQLDataType.LOCALDATETIME(6));
  static final Field<LocalDateTime> P_UPDATED = col(PERSONS, "updated_at", SQLDataType.LOCALDATETIME(6));
  static final Field<Long> P_VERSION = col(PERSONS, "version", SQLDataType.BIGINT);

  static final Table<Record> CUSTOMERS = table(name("cs_customers"));
  static final Field<UUID> C_ORG = col(CUSTOMERS, "organization_id", SQLDataType.UUID);
  static final Field<UUID> C_ID = col(CUSTOMERS, "id", SQLDataType.UUID);
  static final Field<UUID> C_PERSON = col(CUSTOMERS, "person_id", SQLDataType.UUID);
  static final Field<String> C_STATUS = col(CUSTOMERS, "status", SQLDataType.VARCHAR);
  static final Field<LocalDate> C_JOINED = col(CUSTOMERS, "joined_on", SQLDataType.LOCALDATE);
  static final Field<LocalDateTime> C_CREATED = col(CUSTOMERS, "created_at", SQLDataType.LOCALDATETIME(6));
  static final Field<LocalDateTime> C_UPDATED = col(CUSTOMERS, "updated_at", SQLDataType.LOCALDATETIME(6));
  static final Field<LocalDateTime> C_ARCHIVED = col(CUSTOMERS, "archived_at", SQLDataType.LOCALDATETIME(6));
  static final Field<Long> C_VERSION = col(CUSTOMERS, "version", SQLDataType.BIGINT);
  static final Field<String> C_SORT = col(CUSTOMERS, "sort_name", SQLDataType.VARCHAR);
  static final Field<String> C_FIRST = col(CUSTOMERS, "s_first", SQLDataType.VARCHAR);
  static final Field<String> C_LAST = col(CUSTOMERS, "s_last", SQLDataType.VARCHAR);
  static final Field<String> C_FULL = col(CUSTOMERS, "s_full", SQLDataType.VARCHAR);
  static final Field<String> C_EMAIL = col(CUSTOMERS, "s_email", SQLDataType.VARCHAR);
  static final Field<String> C_USERNAME = col(CUSTOMERS, "s_username", SQLDataType.VARCHAR);
  static final Field<String> C_PHONE = col(CUSTOMERS, "s_phone", SQLDataType.VARCHAR);
  static final Field<String> C_ALL = col(CUSTOMERS, "s_all", SQLDataType.VARCHAR);
  static final Field<String> C_EMAIL_KEY = col(CUSTOMERS, "email_key", SQLDataType.VARCHAR);
  static final Field<String> C_ACTIVE_EMAIL = col(CUSTOMERS, "active_email_key", SQLDataType.VARCHAR);
  static final Field<Integer> C_BIRTH_MD = col(CUSTOMERS, "birth_md", SQLDataType.INTEGER);

  static final Table<Record> AUDIT = table(name("cs_audit"));
  static final Field<UUID> A_ORG = col(AUDIT, "organization_id", SQLDataType.UUID);
  static final Field<UUID> A_CUSTOMER = col(AUDIT, "customer_id", SQLDataType.UUID);
  static final Field<UUID> A_ID = col(AUDIT, "id", SQLDataType.UUID);
  static final Field<String> A_ACTION = col(AUDIT, "action", SQLDataType.VARCHAR);
  static final Field<String> A_ACTOR = col(AUDIT, "actor", SQLDataType.VARCHAR);
  static final Field<String> A_REASON = col(AUDIT, "reason", SQLDataType.VARCHAR);
  static final Field<LocalDateTime> A_AT = col(AUDIT, "recorded_at", SQLDataType.LOCALDATETIME(6));

  static final Table<Record> AUDIT_CHANGES = table(name("cs_audit_changes"));
  static final Field<UUID> AC_ORG = col(AUDIT_CHANGES, "organization_id", SQLDataType.UUID);
  static final Field<UUID> AC_AUDIT = col(AUDIT_CHANGES, "audit_id", SQLDataType.UUID);
  static final Field<Integer> AC_SEQ = col(AUDIT_CHANGES, "seq", SQLDataType.INTEGER);
  static final Field<String> AC_FIELD = col(AUDIT_CHANGES, "field_name", SQLDataType.VARCHAR);
  static final Field<String> AC_BEFORE = col(AUDIT_CHANGES, "before_value", SQLDataType.CLOB);
  static final Field<String> AC_AFTER = col(AUDIT_CHANGES, "after_value", SQLDataType.CLOB);

  static final Table<Record> OUTBOX = table(name("cs_outbox"));
  static final Field<UUID> E_ORG = col(OUTBOX, "organization_id", SQLDataType.UUID);
  static final Field<UUID> E_ID = col(OUTBOX, "id", SQLDataType.UUID);
  static final Field<String> E_TYPE = col(OUTBOX, "type", SQLDataType.VARCHAR);
  static final Field<LocalDateTime> E_AT = col(OUTBOX, "occurred_at", SQLDataType.LOCALDATETIME(6));
  static final Field<String> E_PAYLOAD = col(OUTBOX, "payload", SQLDataType.CLOB);
  static final Field<Boolean> E_DELIVERED = col(OUTBOX, "delivered", SQLDataType.BOOLEAN);

  static final Table<Record> FIELD_DEFS = table(name("cs_field_definitions"));
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
  static final Field<Boolean> FD_CUSTOMER_VIEW = col(FIELD_DEFS, "customer_view", SQLDataType.BOOLEAN);
  static final Field<Boolean> FD_CUSTOMER_EDIT = col(FIELD_DEFS, "customer_edit", SQLDataType.BOOLEAN);
  static final Field<Boolean> FD_PERSONAL = col(FIELD_DEFS, "personal_data", SQLDataType.BOOLEAN);
  static final Field<Boolean> FD_WRITE_ONCE = col(FIELD_DEFS, "write_once", SQLDataType.BOOLEAN);
  static final Field<Integer> FD_POSITION = col(FIELD_DEFS, "display_position", SQLDataType.INTEGER);
  static final Field<Boolean> FD_ARCHIVED = col(FIELD_DEFS, "archived", SQLDataType.BOOLEAN);
  static final Field<LocalDateTime> FD_CREATED = col(FIELD_DEFS, "created_at", SQLDataType.LOCALDATETIME(6));
  static final Field<LocalDateTime> FD_UPDATED = col(FIELD_DEFS, "updated_at", SQLDataType.LOCALDATETIME(6));
  static final Field<Long> FD_VERSION = col(FIELD_DEFS, "version", SQLDataType.BIGINT);

  static final Table<Record> FIELD_VALUES = table(name("cs_field_values"));
  static final Field<UUID> FV_ORG = col(FIELD_VALUES, "organization_id", SQLDataType.UUID);
  static final Field<UUID> FV_FIELD = col(FIELD_VALUES, "field_id", SQLDataType.UUID);
  static final Field<UUID> FV_OWNER = col(FIELD_VALUES, "owner_id", SQLDataType.UUID);
  static final Field<Integer> FV_ORDINAL = col(FIELD_VALUES, "ordinal", SQLDataType.INTEGER);
  static final Field<String> FV_TEXT = col(FIELD_VALUES, "v_text", SQLDataType.CLOB);
  static final Field<String> FV_KEY = col(FIELD_VALUES, "v_key", SQLDataType.VARCHAR);
  static final Field<BigDecimal> FV_NUM = col(FIELD_VALUES, "v_num", SQLDataType.DECIMAL(26, 6));
  static final Field<LocalDate> FV_DATE = col(FIELD_VALUES, "v_date", SQLDataType.LOCALDATE);
  static final Field<String> FV_SEARCH = col(FIELD_VALUES, "v_search", SQLDataType.VARCHAR);

  static final Table<Record> TAGS = table(name("cs_tags"));
  static final Field<UUID> T_ORG = col(TAGS, "organization_id", SQLDataType.UUID);
  static final Field<UUID> T_ID = col(TAGS, "id", SQLDataType.UUID);
  static final Field<String> T_NAME = col(TAGS, "name", SQLDataType.VARCHAR);
  static final Field<String> T_NAME_KEY = col(TAGS, "name_key", SQLDataType.VARCHAR);
  static final Field<String> T_COLOUR = col(TAGS, "colour", SQLDataType.VARCHAR);
  static final Field<LocalDateTime> T_CREATED = col(TAGS, "created_at", SQLDataType.LOCALDATETIME(6));
  static final Field<Long> T_VERSION = col(TAGS, "version", SQLDataType.BIGINT);

  static final Table<Record> CUSTOMER_TAGS = table(name("cs_customer_tags"));
  static final Field<UUID> CT_ORG = col(CUSTOMER_TAGS, "organization_id", SQLDataType.UUID);
  static final Field<UUID> CT_TAG = col(CUSTOMER_TAGS, "tag_id", SQLDataType.UUID);
  static final Field<UUID> CT_CUSTOMER = col(CUSTOMER_TAGS, "customer_id", SQLDataType.UUID);

  static final Table<Record> NOTES = table(name("cs_notes"));
  static final Field<UUID> N_ORG = col(NOTES, "organization_id", SQLDataType.UUID);
  static final Field<UUID> N_ID = col(NOTES, "id", SQLDataType.UUID);
  static final Field<UUID> N_CUSTOMER = col(NOTES, "customer_id", SQLDataType.UUID);
  static final Field<String> N_AUTHOR = col(NOTES, "author", SQLDataType.VARCHAR);
  static final Field<String> N_BODY = col(NOTES, "body", SQLDataType.CLOB);
  static final Field<String> N_VISIBILITY = col(NOTES, "visibility", SQLDataType.VARCHAR);
  static final Field<Boolean> N_PINNED = col(NOTES, "pinned", SQLDataType.BOOLEAN);
  static final Field<Boolean> N_ALERT = col(NOTES, "alert", SQLDataType.BOOLEAN);
  static final Field<LocalDateTime> N_CREATED = col(NOTES, "created_at", SQLDataType.LOCALDATETIME(6));
  static final Field<LocalDateTime> N_UPDATED = col(NOTES, "updated_at", SQLDataType.LOCALDATETIME(6));
  static final Field<LocalDateTime> N_DELETED = col(NOTES, "deleted_at", SQLDataType.LOCALDATETIME(6));
  static final Field<Long> N_VERSION = col(NOTES, "version", SQLDataType.BIGINT);

  static final Table<Record> NOTE_REVISIONS = table(name("cs_note_revisions"));
  static final Field<UUID> NR_ORG = col(NOTE_REVISIONS, "organization_id", SQLDataType.UUID);
  static final Field<UUID> NR_NOTE = col(NOTE_REVISIONS, "note_id", SQLDataType.UUID);
  static final Field<Integer> NR_NUMBER = col(NOTE_REVISIONS, "revision_number", SQLDataType.INTEGER);
  static final Field<String> NR_BY = col(NOTE_REVISIONS, "edited_by", SQLDataType.VARCHAR);
  static final Field<LocalDateTime> NR_AT = col(NOTE_REVISIONS, "edited_at", SQLDataType.LOCALDATETIME(6));
  static final Field<String> NR_TEXT = col(NOTE_REVISIONS, "previous_text", SQLDataType.CLOB);

  static final Table<Record> METRIC_DEFS = table(name("cs_metric_definitions"));
  static final Field<UUID> MD_ORG = col(METRIC_DEFS, "organization_id", SQLDataType.UUID);
  static final Field<UUID> MD_ID = col(METRIC_DEFS, "id", SQLDataType.UUID);
  static final Field<String> MD_KEY = col(METRIC_DEFS, "metric_key", SQLDataType.VARCHAR);
  static final Field<String> MD_NAME = col(METRIC_DEFS, "name", SQLDataType.VARCHAR);
  static final Field<String> MD_UNIT = col(METRIC_DEFS, "unit", SQLDataType.VARCHAR);
  static final Field<String> MD_KIND = col(METRIC_DEFS, "kind", SQLDataType.VARCHAR);
  static final Field<Integer> MD_DECIMALS = col(METRIC_DEFS, "decimals", SQLDataType.INTEGER);
  static final Field<LocalDateTime> MD_CREATED = col(METRIC_DEFS, "created_at", SQLDataType.LOCALDATETIME(6));
  static final Field<Long> MD_VERSION = col(METRIC_DEFS, "version", SQLDataType.BIGINT);

  static final Table<Record> READINGS = table(name("cs_metric_readings"));
  static final Table<Record> CURRENT_READINGS = table(name("cs_metric_current"));
  static final Field<UUID> MR_ORG = col(READINGS, "organization_id", SQLDataType.UUID);
  static final Field<UUID> MR_ID = col(READINGS, "id", SQLDataType.UUID);
  static final Field<UUID> MR_CUSTOMER = col(READINGS, "customer_id", SQLDataType.UUID);
  static final Field<UUID> MR_METRIC = col(READINGS, "metric_id", SQLDataType.UUID);
  static final Field<BigDecimal> MR_VALUE = col(READINGS, "reading_value", SQLDataType.DECIMAL(26, 6));
  static final Field<LocalDateTime> MR_AT = col(READINGS, "recorded_at", SQLDataType.LOCALDATETIME(6));
  static final Field<String> MR_SOURCE = col(READINGS, "source", SQLDataType.VARCHAR);
  static final Field<String> MR_BY = col(READINGS, "recorded_by", SQLDataType.VARCHAR);
  static final Field<UUID> MC_ORG = col(CURRENT_READINGS, "organization_id", SQLDataType.UUID);
  static final Field<UUID> MC_READING = col(CURRENT_READINGS, "reading_id", SQLDataType.UUID);
  static final Field<UUID> MC_CUSTOMER = col(CURRENT_READINGS, "customer_id", SQLDataType.UUID);
  static final Field<UUID> MC_METRIC = col(CURRENT_READINGS, "metric_id", SQLDataType.UUID);
  static final Field<BigDecimal> MC_VALUE = col(CURRENT_READINGS, "reading_value", SQLDataType.DECIMAL(26, 6));
  static final Field<LocalDateTime> MC_AT = col(CURRENT_READINGS, "recorded_at", SQLDataType.LOCALDATETIME(6));
  static final Field<String> MC_SOURCE = col(CURRENT_READINGS, "source", SQLDataType.VARCHAR);
  static final Field<String> MC_BY = col(CURRENT_READINGS, "recorded_by", SQLDataType.VARCHAR);

  static final Table<Record> PURPOSES = table(name("cs_consent_purposes"));
  static final Field<UUID> CP_ORG = col(PURPOSES, "organization_id", SQLDataType.UUID);
  static final Field<String> CP_KEY = col(PURPOSES, "purpose_key", SQLDataType.VARCHAR);
  static final Field<String> CP_LABEL = col(PURPOSES, "label", SQLDataType.VARCHAR);

  static final Table<Record> CONSENT_HISTORY = table(name("cs_consent_history"));
  static final Table<Record> CONSENT_CURRENT = table(name("cs_consent_current"));
  static final Field<UUID> CH_ORG = col(CONSENT_HISTORY, "organization_id", SQLDataType.UUID);
  static final Field<UUID> CH_ID = col(CONSENT_HISTORY, "id", SQLDataType.UUID);
  static final Field<UUID> CH_CUSTOMER = col(CONSENT_HISTORY, "customer_id", SQLDataType.UUID);
  static final Field<String> CH_PURPOSE = col(CONSENT_HISTORY, "purpose", SQLDataType.VARCHAR);
  static final Field<String> CH_STATUS = col(CONSENT_HISTORY, "status", SQLDataType.VARCHAR);
  static final Field<LocalDateTime> CH_AT = col(CONSENT_HISTORY, "recorded_at", SQLDataType.LOCALDATETIME(6));
  static final Field<String> CH_SOURCE = col(CONSENT_HISTORY, "source", SQLDataType.VARCHAR);
  static final Field<String> CH_BY = col(CONSENT_HISTORY, "recorded_by", SQLDataType.VARCHAR);
  static final Field<UUID> CC_ORG = col(CONSENT_CURRENT, "organization_id", SQLDataType.UUID);
  static final Field<UUID> CC_RECORD = col(CONSENT_CURRENT, "record_id", SQLDataType.UUID);
  static final Field<UUID> CC_CUSTOMER = col(CONSENT_CURRENT, "customer_id", SQLDataType.UUID);
  static final Field<String> CC_PURPOSE = col(CONSENT_CURRENT, "purpose", SQLDataType.VARCHAR);
  static final Field<String> CC_STATUS = col(CONSENT_CURRENT, "status", SQLDataType.VARCHAR);
  static final Field<LocalDateTime> CC_AT = col(CONSENT_CURRENT, "recorded_at", SQLDataType.LOCALDATETIME(6));
  static final Field<String> CC_SOURCE = col(CONSENT_CURRENT, "source", SQLDataType.VARCHAR);
  static final Field<String> CC_BY = col(CONSENT_CURRENT, "recorded_by", SQLDataType.VARCHAR);

  private static <T> Field<T> col(Table<?> table, String column, DataType<T> type) {
    return field(name(table.getName(), column), type);
  }
}
