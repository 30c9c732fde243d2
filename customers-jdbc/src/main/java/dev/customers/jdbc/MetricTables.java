package dev.customers.jdbc;

import static dev.customers.jdbc.Columns.col;
import static dev.customers.jdbc.Columns.sdkTable;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The metric tables: definitions, every reading, and the current reading per customer kept on
 * write.
 */
final class MetricTables {
  private MetricTables() {}

  static final Table<Record> METRIC_DEFS = sdkTable("cs_metric_definitions");
  static final Field<UUID> MD_ORG = col(METRIC_DEFS, "organization_id", SQLDataType.UUID);
  static final Field<UUID> MD_ID = col(METRIC_DEFS, "id", SQLDataType.UUID);
  static final Field<String> MD_KEY = col(METRIC_DEFS, "metric_key", SQLDataType.VARCHAR);
  static final Field<String> MD_NAME = col(METRIC_DEFS, "name", SQLDataType.VARCHAR);
  static final Field<String> MD_UNIT = col(METRIC_DEFS, "unit", SQLDataType.VARCHAR);
  static final Field<String> MD_KIND = col(METRIC_DEFS, "kind", SQLDataType.VARCHAR);
  static final Field<Integer> MD_DECIMALS = col(METRIC_DEFS, "decimals", SQLDataType.INTEGER);
  static final Field<LocalDateTime> MD_CREATED =
      col(METRIC_DEFS, "created_at", SQLDataType.LOCALDATETIME(6));
  static final Field<Long> MD_VERSION = col(METRIC_DEFS, "version", SQLDataType.BIGINT);

  static final Table<Record> READINGS = sdkTable("cs_metric_readings");
  static final Table<Record> CURRENT_READINGS = sdkTable("cs_metric_current");
  static final Field<UUID> MR_ORG = col(READINGS, "organization_id", SQLDataType.UUID);
  static final Field<UUID> MR_ID = col(READINGS, "id", SQLDataType.UUID);
  static final Field<UUID> MR_CUSTOMER = col(READINGS, "customer_id", SQLDataType.UUID);
  static final Field<UUID> MR_METRIC = col(READINGS, "metric_id", SQLDataType.UUID);
  static final Field<BigDecimal> MR_VALUE =
      col(READINGS, "reading_value", SQLDataType.DECIMAL(26, 6));
  static final Field<LocalDateTime> MR_AT =
      col(READINGS, "recorded_at", SQLDataType.LOCALDATETIME(6));
  static final Field<String> MR_SOURCE = col(READINGS, "source", SQLDataType.VARCHAR);
  static final Field<String> MR_BY = col(READINGS, "recorded_by", SQLDataType.VARCHAR);
  static final Field<UUID> MC_ORG = col(CURRENT_READINGS, "organization_id", SQLDataType.UUID);
  static final Field<UUID> MC_READING = col(CURRENT_READINGS, "reading_id", SQLDataType.UUID);
  static final Field<UUID> MC_CUSTOMER = col(CURRENT_READINGS, "customer_id", SQLDataType.UUID);
  static final Field<UUID> MC_METRIC = col(CURRENT_READINGS, "metric_id", SQLDataType.UUID);
  static final Field<BigDecimal> MC_VALUE =
      col(CURRENT_READINGS, "reading_value", SQLDataType.DECIMAL(26, 6));
  static final Field<LocalDateTime> MC_AT =
      col(CURRENT_READINGS, "recorded_at", SQLDataType.LOCALDATETIME(6));
  static final Field<String> MC_SOURCE = col(CURRENT_READINGS, "source", SQLDataType.VARCHAR);
  static final Field<String> MC_BY = col(CURRENT_READINGS, "recorded_by", SQLDataType.VARCHAR);
}
