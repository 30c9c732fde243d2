package dev.customers.jdbc;

import static dev.customers.jdbc.Columns.col;
import static dev.customers.jdbc.Columns.sdkTable;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The consent tables: purposes, every decision, and the current decision per customer kept on
 * write.
 */
final class ConsentTables {
  private ConsentTables() {}

  static final Table<Record> PURPOSES = sdkTable("cs_consent_purposes");
  static final Field<UUID> CP_ORG = col(PURPOSES, "organization_id", SQLDataType.UUID);
  static final Field<String> CP_KEY = col(PURPOSES, "purpose_key", SQLDataType.VARCHAR);
  static final Field<String> CP_LABEL = col(PURPOSES, "label", SQLDataType.VARCHAR);

  static final Table<Record> CONSENT_HISTORY = sdkTable("cs_consent_history");
  static final Table<Record> CONSENT_CURRENT = sdkTable("cs_consent_current");
  static final Field<UUID> CH_ORG = col(CONSENT_HISTORY, "organization_id", SQLDataType.UUID);
  static final Field<UUID> CH_ID = col(CONSENT_HISTORY, "id", SQLDataType.UUID);
  static final Field<UUID> CH_CUSTOMER = col(CONSENT_HISTORY, "customer_id", SQLDataType.UUID);
  static final Field<String> CH_PURPOSE = col(CONSENT_HISTORY, "purpose", SQLDataType.VARCHAR);
  static final Field<String> CH_STATUS = col(CONSENT_HISTORY, "status", SQLDataType.VARCHAR);
  static final Field<LocalDateTime> CH_AT =
      col(CONSENT_HISTORY, "recorded_at", SQLDataType.LOCALDATETIME(6));
  static final Field<String> CH_SOURCE = col(CONSENT_HISTORY, "source", SQLDataType.VARCHAR);
  static final Field<String> CH_BY = col(CONSENT_HISTORY, "recorded_by", SQLDataType.VARCHAR);
  static final Field<UUID> CC_ORG = col(CONSENT_CURRENT, "organization_id", SQLDataType.UUID);
  static final Field<UUID> CC_RECORD = col(CONSENT_CURRENT, "record_id", SQLDataType.UUID);
  static final Field<UUID> CC_CUSTOMER = col(CONSENT_CURRENT, "customer_id", SQLDataType.UUID);
  static final Field<String> CC_PURPOSE = col(CONSENT_CURRENT, "purpose", SQLDataType.VARCHAR);
  static final Field<String> CC_STATUS = col(CONSENT_CURRENT, "status", SQLDataType.VARCHAR);
  static final Field<LocalDateTime> CC_AT =
      col(CONSENT_CURRENT, "recorded_at", SQLDataType.LOCALDATETIME(6));
  static final Field<String> CC_SOURCE = col(CONSENT_CURRENT, "source", SQLDataType.VARCHAR);
  static final Field<String> CC_BY = col(CONSENT_CURRENT, "recorded_by", SQLDataType.VARCHAR);
}
