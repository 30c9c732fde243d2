package dev.customers.jdbc;

import static dev.customers.jdbc.Columns.col;
import static dev.customers.jdbc.Columns.sdkTable;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** The note tables: notes and the text each edit replaced. */
final class NoteTables {
  private NoteTables() {}

  static final Table<Record> NOTES = sdkTable("cs_notes");
  static final Field<UUID> N_ORG = col(NOTES, "organization_id", SQLDataType.UUID);
  static final Field<UUID> N_ID = col(NOTES, "id", SQLDataType.UUID);
  static final Field<UUID> N_CUSTOMER = col(NOTES, "customer_id", SQLDataType.UUID);
  static final Field<String> N_AUTHOR = col(NOTES, "author", SQLDataType.VARCHAR);
  static final Field<String> N_BODY = col(NOTES, "body", SQLDataType.CLOB);
  static final Field<String> N_VISIBILITY = col(NOTES, "visibility", SQLDataType.VARCHAR);
  static final Field<Boolean> N_PINNED = col(NOTES, "pinned", SQLDataType.BOOLEAN);
  static final Field<Boolean> N_ALERT = col(NOTES, "alert", SQLDataType.BOOLEAN);
  static final Field<LocalDateTime> N_CREATED =
      col(NOTES, "created_at", SQLDataType.LOCALDATETIME(6));
  static final Field<LocalDateTime> N_UPDATED =
      col(NOTES, "updated_at", SQLDataType.LOCALDATETIME(6));
  static final Field<LocalDateTime> N_DELETED =
      col(NOTES, "deleted_at", SQLDataType.LOCALDATETIME(6));
  static final Field<Long> N_VERSION = col(NOTES, "version", SQLDataType.BIGINT);

  static final Table<Record> NOTE_REVISIONS = sdkTable("cs_note_revisions");
  static final Field<UUID> NR_ORG = col(NOTE_REVISIONS, "organization_id", SQLDataType.UUID);
  static final Field<UUID> NR_NOTE = col(NOTE_REVISIONS, "note_id", SQLDataType.UUID);
  static final Field<Integer> NR_NUMBER =
      col(NOTE_REVISIONS, "revision_number", SQLDataType.INTEGER);
  static final Field<String> NR_BY = col(NOTE_REVISIONS, "edited_by", SQLDataType.VARCHAR);
  static final Field<LocalDateTime> NR_AT =
      col(NOTE_REVISIONS, "edited_at", SQLDataType.LOCALDATETIME(6));
  static final Field<String> NR_TEXT = col(NOTE_REVISIONS, "previous_text", SQLDataType.CLOB);
}
