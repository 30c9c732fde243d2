package dev.customers.jdbc;

import static dev.customers.jdbc.Columns.col;
import static dev.customers.jdbc.Columns.sdkTable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The roster's tables: organizations, persons, customers (with the search, sort and email keys
 * copied from the person), the audit trail and the outbox.
 */
final class RosterTables {
  private RosterTables() {}

  static final Table<Record> ORGANIZATIONS = sdkTable("cs_organizations");
  static final Field<UUID> O_ID = col(ORGANIZATIONS, "id", SQLDataType.UUID);
  static final Field<String> O_NAME = col(ORGANIZATIONS, "name", SQLDataType.VARCHAR);
  static final Field<String> O_TIME_ZONE = col(ORGANIZATIONS, "time_zone", SQLDataType.VARCHAR);
  static final Field<LocalDateTime> O_CREATED =
      col(ORGANIZATIONS, "created_at", SQLDataType.LOCALDATETIME(6));

  static final Table<Record> PERSONS = sdkTable("cs_persons");
  static final Field<UUID> P_ID = col(PERSONS, "id", SQLDataType.UUID);
  static final Field<String> P_FIRST = col(PERSONS, "first_name", SQLDataType.VARCHAR);
  static final Field<String> P_LAST = col(PERSONS, "last_name", SQLDataType.VARCHAR);
  static final Field<String> P_EMAIL = col(PERSONS, "email", SQLDataType.VARCHAR);
  static final Field<String> P_USERNAME = col(PERSONS, "username", SQLDataType.VARCHAR);
  static final Field<String> P_PHONE = col(PERSONS, "phone", SQLDataType.VARCHAR);
  static final Field<LocalDate> P_BIRTHDAY = col(PERSONS, "birthday", SQLDataType.LOCALDATE);
  static final Field<LocalDateTime> P_CREATED =
      col(PERSONS, "created_at", SQLDataType.LOCALDATETIME(6));
  static final Field<LocalDateTime> P_UPDATED =
      col(PERSONS, "updated_at", SQLDataType.LOCALDATETIME(6));
  static final Field<Long> P_VERSION = col(PERSONS, "version", SQLDataType.BIGINT);

  static final Table<Record> CUSTOMERS = sdkTable("cs_customers");
  static final Field<UUID> C_ORG = col(CUSTOMERS, "organization_id", SQLDataType.UUID);
  static final Field<UUID> C_ID = col(CUSTOMERS, "id", SQLDataType.UUID);
  static final Field<UUID> C_PERSON = col(CUSTOMERS, "person_id", SQLDataType.UUID);
  static final Field<String> C_STATUS = col(CUSTOMERS, "status", SQLDataType.VARCHAR);
  static final Field<LocalDate> C_JOINED = col(CUSTOMERS, "joined_on", SQLDataType.LOCALDATE);
  static final Field<LocalDateTime> C_CREATED =
      col(CUSTOMERS, "created_at", SQLDataType.LOCALDATETIME(6));
  static final Field<LocalDateTime> C_UPDATED =
      col(CUSTOMERS, "updated_at", SQLDataType.LOCALDATETIME(6));
  static final Field<LocalDateTime> C_ARCHIVED =
      col(CUSTOMERS, "archived_at", SQLDataType.LOCALDATETIME(6));
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
  static final Field<String> C_ACTIVE_EMAIL =
      col(CUSTOMERS, "active_email_key", SQLDataType.VARCHAR);
  static final Field<Integer> C_BIRTH_MD = col(CUSTOMERS, "birth_md", SQLDataType.INTEGER);

  static final Table<Record> AUDIT = sdkTable("cs_audit");
  static final Field<UUID> A_ORG = col(AUDIT, "organization_id", SQLDataType.UUID);
  static final Field<UUID> A_CUSTOMER = col(AUDIT, "customer_id", SQLDataType.UUID);
  static final Field<UUID> A_ID = col(AUDIT, "id", SQLDataType.UUID);
  static final Field<String> A_ACTION = col(AUDIT, "action", SQLDataType.VARCHAR);
  static final Field<String> A_ACTOR = col(AUDIT, "actor", SQLDataType.VARCHAR);
  static final Field<String> A_REASON = col(AUDIT, "reason", SQLDataType.VARCHAR);
  static final Field<LocalDateTime> A_AT = col(AUDIT, "recorded_at", SQLDataType.LOCALDATETIME(6));

  static final Table<Record> AUDIT_CHANGES = sdkTable("cs_audit_changes");
  static final Field<UUID> AC_ORG = col(AUDIT_CHANGES, "organization_id", SQLDataType.UUID);
  static final Field<UUID> AC_AUDIT = col(AUDIT_CHANGES, "audit_id", SQLDataType.UUID);
  static final Field<Integer> AC_SEQ = col(AUDIT_CHANGES, "seq", SQLDataType.INTEGER);
  static final Field<String> AC_FIELD = col(AUDIT_CHANGES, "field_name", SQLDataType.VARCHAR);
  static final Field<String> AC_BEFORE = col(AUDIT_CHANGES, "before_value", SQLDataType.CLOB);
  static final Field<String> AC_AFTER = col(AUDIT_CHANGES, "after_value", SQLDataType.CLOB);

  static final Table<Record> OUTBOX = sdkTable("cs_outbox");
  static final Field<UUID> E_ORG = col(OUTBOX, "organization_id", SQLDataType.UUID);
  static final Field<UUID> E_ID = col(OUTBOX, "id", SQLDataType.UUID);
  static final Field<String> E_TYPE = col(OUTBOX, "type", SQLDataType.VARCHAR);
  static final Field<LocalDateTime> E_AT = col(OUTBOX, "occurred_at", SQLDataType.LOCALDATETIME(6));
  static final Field<String> E_PAYLOAD = col(OUTBOX, "payload", SQLDataType.CLOB);
  static final Field<Boolean> E_DELIVERED = col(OUTBOX, "delivered", SQLDataType.BOOLEAN);
}
