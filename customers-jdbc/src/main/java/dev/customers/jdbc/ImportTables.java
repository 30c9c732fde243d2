package dev.customers.jdbc;

import static dev.customers.jdbc.Columns.col;
import static dev.customers.jdbc.Columns.sdkTable;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** The import tables: jobs, source chunks, failed rows, saved mappings and external ids. */
final class ImportTables {
  private ImportTables() {}

  static final Table<Record> JOBS = sdkTable("cs_import_jobs");
  static final Field<UUID> J_ORG = col(JOBS, "organization_id", SQLDataType.UUID);
  static final Field<UUID> J_ID = col(JOBS, "id", SQLDataType.UUID);
  static final Field<String> J_STATUS = col(JOBS, "status", SQLDataType.VARCHAR);
  static final Field<String> J_OPTIONS = col(JOBS, "options", SQLDataType.CLOB);
  static final Field<String> J_KIND = col(JOBS, "source_kind", SQLDataType.VARCHAR);
  static final Field<Integer> J_CHUNKS = col(JOBS, "source_chunks", SQLDataType.INTEGER);
  static final Field<String> J_ACTOR = col(JOBS, "actor", SQLDataType.VARCHAR);
  static final Field<String> J_HEADER = col(JOBS, "header", SQLDataType.CLOB);
  static final Field<Long> J_READ = col(JOBS, "rows_read", SQLDataType.BIGINT);
  static final Field<Long> J_CREATED = col(JOBS, "rows_created", SQLDataType.BIGINT);
  static final Field<Long> J_UPDATED = col(JOBS, "rows_updated", SQLDataType.BIGINT);
  static final Field<Long> J_UNCHANGED = col(JOBS, "rows_unchanged", SQLDataType.BIGINT);
  static final Field<Long> J_FAILED = col(JOBS, "rows_failed", SQLDataType.BIGINT);
  static final Field<String> J_CLAIMED_BY = col(JOBS, "claimed_by", SQLDataType.VARCHAR);
  static final Field<LocalDateTime> J_CLAIMED_UNTIL =
      col(JOBS, "claimed_until", SQLDataType.LOCALDATETIME(6));
  static final Field<Boolean> J_CANCEL = col(JOBS, "cancel_requested", SQLDataType.BOOLEAN);
  static final Field<String> J_PROBLEM = col(JOBS, "problem", SQLDataType.CLOB);
  static final Field<LocalDateTime> J_CREATED_AT =
      col(JOBS, "created_at", SQLDataType.LOCALDATETIME(6));
  static final Field<LocalDateTime> J_UPDATED_AT =
      col(JOBS, "updated_at", SQLDataType.LOCALDATETIME(6));

  /** Every column of a job, in the order a select names them. */
  static final java.util.List<Field<?>> JOB_FIELDS =
      java.util.List.of(
          J_ORG,
          J_ID,
          J_STATUS,
          J_OPTIONS,
          J_KIND,
          J_CHUNKS,
          J_ACTOR,
          J_HEADER,
          J_READ,
          J_CREATED,
          J_UPDATED,
          J_UNCHANGED,
          J_FAILED,
          J_CLAIMED_BY,
          J_CLAIMED_UNTIL,
          J_CANCEL,
          J_PROBLEM,
          J_CREATED_AT,
          J_UPDATED_AT);

  static final Table<Record> SOURCES = sdkTable("cs_import_sources");
  static final Field<UUID> SRC_ORG = col(SOURCES, "organization_id", SQLDataType.UUID);
  static final Field<UUID> SRC_JOB = col(SOURCES, "job_id", SQLDataType.UUID);
  static final Field<Integer> SRC_INDEX = col(SOURCES, "chunk_index", SQLDataType.INTEGER);
  static final Field<byte[]> SRC_BYTES = col(SOURCES, "bytes", SQLDataType.BLOB);

  static final Table<Record> FAILED = sdkTable("cs_import_failed_rows");
  static final Field<UUID> FR_ORG = col(FAILED, "organization_id", SQLDataType.UUID);
  static final Field<UUID> FR_JOB = col(FAILED, "job_id", SQLDataType.UUID);
  static final Field<Long> FR_LINE = col(FAILED, "line", SQLDataType.BIGINT);
  static final Field<String> FR_ROW = col(FAILED, "row_data", SQLDataType.CLOB);

  static final Table<Record> MAPPINGS = sdkTable("cs_import_mappings");
  static final Field<UUID> M_ORG = col(MAPPINGS, "organization_id", SQLDataType.UUID);
  static final Field<String> M_NAME = col(MAPPINGS, "name", SQLDataType.VARCHAR);
  static final Field<String> M_MAPPING = col(MAPPINGS, "mapping", SQLDataType.CLOB);
  static final Field<LocalDateTime> M_SAVED =
      col(MAPPINGS, "saved_at", SQLDataType.LOCALDATETIME(6));

  static final Table<Record> EXTERNAL = sdkTable("cs_external_ids");
  static final Field<UUID> X_ORG = col(EXTERNAL, "organization_id", SQLDataType.UUID);
  static final Field<UUID> X_CUSTOMER = col(EXTERNAL, "customer_id", SQLDataType.UUID);
  static final Field<String> X_ID = col(EXTERNAL, "external_id", SQLDataType.VARCHAR);
}
