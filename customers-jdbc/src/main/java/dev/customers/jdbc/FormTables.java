package dev.customers.jdbc;

import static dev.customers.jdbc.Columns.col;
import static dev.customers.jdbc.Columns.sdkTable;

import java.time.LocalDateTime;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/** The form tables: published versions, submissions, and each customer's answers. */
final class FormTables {
  private FormTables() {}

  static final Table<Record> FORMS = sdkTable("cs_forms");
  static final Field<UUID> F_ORG = col(FORMS, "organization_id", SQLDataType.UUID);
  static final Field<UUID> F_ID = col(FORMS, "id", SQLDataType.UUID);
  static final Field<String> F_KEY = col(FORMS, "form_key", SQLDataType.VARCHAR);
  static final Field<Integer> F_VERSION = col(FORMS, "version", SQLDataType.INTEGER);
  static final Field<String> F_DEFINITION = col(FORMS, "definition", SQLDataType.CLOB);
  static final Field<LocalDateTime> F_PUBLISHED =
      col(FORMS, "published_at", SQLDataType.LOCALDATETIME(6));
  static final Field<String> F_PUBLISHED_BY = col(FORMS, "published_by", SQLDataType.VARCHAR);

  static final Table<Record> SUBMISSIONS = sdkTable("cs_form_submissions");
  static final Field<UUID> S_ORG = col(SUBMISSIONS, "organization_id", SQLDataType.UUID);
  static final Field<String> S_ID = col(SUBMISSIONS, "submission_id", SQLDataType.VARCHAR);
  static final Field<UUID> S_FORM = col(SUBMISSIONS, "form_id", SQLDataType.UUID);
  static final Field<String> S_FINGERPRINT = col(SUBMISSIONS, "fingerprint", SQLDataType.CHAR);
  static final Field<LocalDateTime> S_AT =
      col(SUBMISSIONS, "submitted_at", SQLDataType.LOCALDATETIME(6));
  static final Field<String> S_BY = col(SUBMISSIONS, "submitted_by", SQLDataType.VARCHAR);

  static final Table<Record> ANSWERS = sdkTable("cs_form_answers");
  static final Field<UUID> A_ORG = col(ANSWERS, "organization_id", SQLDataType.UUID);
  static final Field<String> A_SUBMISSION = col(ANSWERS, "submission_id", SQLDataType.VARCHAR);
  static final Field<Integer> A_INDEX = col(ANSWERS, "answer_index", SQLDataType.INTEGER);
  static final Field<UUID> A_CUSTOMER = col(ANSWERS, "customer_id", SQLDataType.UUID);
  static final Field<String> A_ANSWERS = col(ANSWERS, "answers", SQLDataType.CLOB);
}
