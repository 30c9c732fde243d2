package dev.customers.jdbc;

import static dev.customers.jdbc.Columns.col;
import static dev.customers.jdbc.Columns.sdkTable;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** The account tables: invites by their token's hash, and credentials. */
final class AccountTables {
  private AccountTables() {}

  static final Table<Record> INVITES = sdkTable("cs_account_invites");
  static final Field<UUID> AI_ORG = col(INVITES, "organization_id", SQLDataType.UUID);
  static final Field<String> AI_HASH = col(INVITES, "token_hash", SQLDataType.VARCHAR);
  static final Field<UUID> AI_PERSON = col(INVITES, "person_id", SQLDataType.UUID);
  static final Field<String> AI_PURPOSE = col(INVITES, "purpose", SQLDataType.VARCHAR);
  static final Field<String> AI_SENT_TO = col(INVITES, "sent_to", SQLDataType.VARCHAR);
  static final Field<LocalDateTime> AI_CREATED =
      col(INVITES, "created_at", SQLDataType.LOCALDATETIME(6));
  static final Field<LocalDateTime> AI_EXPIRES =
      col(INVITES, "expires_at", SQLDataType.LOCALDATETIME(6));
  static final Field<String> AI_STATE = col(INVITES, "state", SQLDataType.VARCHAR);
  static final Field<LocalDateTime> AI_ENDED =
      col(INVITES, "ended_at", SQLDataType.LOCALDATETIME(6));

  static final Table<Record> CREDENTIALS = sdkTable("cs_credentials");
  static final Field<UUID> CR_ORG = col(CREDENTIALS, "organization_id", SQLDataType.UUID);
  static final Field<UUID> CR_PERSON = col(CREDENTIALS, "person_id", SQLDataType.UUID);
  static final Field<String> CR_HASH = col(CREDENTIALS, "password_hash", SQLDataType.VARCHAR);
  static final Field<Integer> CR_FAILED = col(CREDENTIALS, "failed_logins", SQLDataType.INTEGER);
  static final Field<LocalDateTime> CR_LOCKED =
      col(CREDENTIALS, "locked_until", SQLDataType.LOCALDATETIME(6));
  static final Field<LocalDateTime> CR_UPDATED =
      col(CREDENTIALS, "updated_at", SQLDataType.LOCALDATETIME(6));
}
