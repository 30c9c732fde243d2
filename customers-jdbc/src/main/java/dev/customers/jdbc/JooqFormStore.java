package dev.customers.jdbc;

import static dev.customers.jdbc.FormTables.*;

import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.FormId;
import dev.customers.api.OrganizationId;
import dev.customers.api.spi.FormStore;
import dev.customers.api.spi.StoredForm;
import dev.customers.api.spi.StoredSubmission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Form versions and submissions in SQL: a version is one row, a submission one row with one row of
 * answers per customer. Every statement names the organization, so on Citus each routes to one
 * shard.
 */
final class JooqFormStore implements FormStore {
  private final DSLContext db;

  JooqFormStore(DSLContext db) {
    this.db = db;
  }

  @Override
  public void insertForm(StoredForm form) {
    Optional<UUID> existing =
        db.select(F_ID)
            .from(FORMS)
            .where(
                F_ORG
                    .eq(form.organizationId().value())
                    .and(F_KEY.eq(form.key()))
                    .and(F_VERSION.eq(form.version())))
            .fetchOptional(F_ID);
    if (existing.isPresent()) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "form " + form.key() + " already has version " + form.version(),
          existing.get().toString());
    }
    db.insertInto(FORMS)
        .set(F_ORG, form.organizationId().value())
        .set(F_ID, form.id().value())
        .set(F_KEY, form.key())
        .set(F_VERSION, form.version())
        .set(F_DEFINITION, form.definition())
        .set(F_PUBLISHED, Rows.utc(form.publishedAt()))
        .set(F_PUBLISHED_BY, form.publishedBy())
        .execute();
  }

  @Override
  public Optional<StoredForm> form(OrganizationId organizationId, FormId id) {
    return db.select(F_ORG, F_ID, F_KEY, F_VERSION, F_DEFINITION, F_PUBLISHED, F_PUBLISHED_BY)
        .from(FORMS)
        .where(F_ORG.eq(organizationId.value()).and(F_ID.eq(id.value())))
        .fetchOptional(JooqFormStore::form);
  }

  @Override
  public List<StoredForm> versions(OrganizationId organizationId, String key) {
    return db.select(F_ORG, F_ID, F_KEY, F_VERSION, F_DEFINITION, F_PUBLISHED, F_PUBLISHED_BY)
        .from(FORMS)
        .where(F_ORG.eq(organizationId.value()).and(F_KEY.eq(key)))
        .orderBy(F_VERSION)
        .fetch(JooqFormStore::form);
  }

  @Override
  public List<StoredForm> latestForms(OrganizationId organizationId) {
    Table<?> latest =
        db.select(F_KEY.as("k"), DSL.max(F_VERSION).as("v"))
            .from(FORMS)
            .where(F_ORG.eq(organizationId.value()))
            .groupBy(F_KEY)
            .asTable("latest");
    return db.select(F_ORG, F_ID, F_KEY, F_VERSION, F_DEFINITION, F_PUBLISHED, F_PUBLISHED_BY)
        .from(FORMS)
        .join(latest)
        .on(
            F_KEY
                .eq(latest.field("k", String.class))
                .and(F_VERSION.eq(latest.field("v", Integer.class))))
        .where(F_ORG.eq(organizationId.value()))
        .orderBy(F_KEY)
        .fetch(JooqFormStore::form);
  }

  @Override
  public void insertSubmission(StoredSubmission submission) {
    // Asks only whether the id is there; reading the submission back would load its answers too.
    if (db.fetchExists(
        db.selectOne()
            .from(SUBMISSIONS)
            .where(
                S_ORG
                    .eq(submission.organizationId().value())
                    .and(S_ID.eq(submission.submissionId()))))) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE,
          "submission " + submission.submissionId() + " is already stored",
          submission.submissionId());
    }
    db.insertInto(SUBMISSIONS)
        .set(S_ORG, submission.organizationId().value())
        .set(S_ID, submission.submissionId())
        .set(S_FORM, submission.form().value())
        .set(S_FINGERPRINT, submission.fingerprint())
        .set(S_AT, Rows.utc(submission.submittedAt()))
        .set(S_BY, submission.submittedBy())
        .execute();
    var insert = db.insertInto(ANSWERS, A_ORG, A_SUBMISSION, A_INDEX, A_CUSTOMER, A_ANSWERS);
    List<StoredSubmission.Answers> answers = submission.answers();
    for (int i = 0; i < answers.size(); i++) {
      insert =
          insert.values(
              submission.organizationId().value(),
              submission.submissionId(),
              i,
              answers.get(i).customer().value(),
              answers.get(i).answers());
    }
    if (!answers.isEmpty()) {
      insert.execute();
    }
  }

  @Override
  public Optional<StoredSubmission> submission(OrganizationId organizationId, String submissionId) {
    Optional<Record> head =
        db.select(S_ORG, S_ID, S_FORM, S_FINGERPRINT, S_AT, S_BY)
            .from(SUBMISSIONS)
            .where(S_ORG.eq(organizationId.value()).and(S_ID.eq(submissionId)))
            .fetchOptional()
            .map(r -> (Record) r);
    if (head.isEmpty()) {
      return Optional.empty();
    }
    List<StoredSubmission.Answers> answers =
        db.select(A_CUSTOMER, A_ANSWERS)
            .from(ANSWERS)
            .where(A_ORG.eq(organizationId.value()).and(A_SUBMISSION.eq(submissionId)))
            .orderBy(A_INDEX)
            .fetch(
                r ->
                    new StoredSubmission.Answers(
                        CustomerId.of(r.get(A_CUSTOMER)), r.get(A_ANSWERS)));
    return Optional.of(submission(head.get(), answers));
  }

  @Override
  public List<StoredSubmission> submissionsOf(OrganizationId organizationId, CustomerId customer) {
    // One statement: the customer's answer rows joined to their submissions, newest first.
    Map<String, StoredSubmission> out = new LinkedHashMap<>();
    db.select(S_ORG, S_ID, S_FORM, S_FINGERPRINT, S_AT, S_BY, A_ANSWERS)
        .from(ANSWERS)
        .join(SUBMISSIONS)
        .on(S_ORG.eq(A_ORG).and(S_ID.eq(A_SUBMISSION)))
        .where(A_ORG.eq(organizationId.value()).and(A_CUSTOMER.eq(customer.value())))
        .orderBy(S_AT.desc(), S_ID, A_INDEX)
        .fetch()
        .forEach(
            r -> {
              StoredSubmission.Answers answers =
                  new StoredSubmission.Answers(customer, r.get(A_ANSWERS));
              StoredSubmission earlier = out.get(r.get(S_ID));
              List<StoredSubmission.Answers> all = new ArrayList<>();
              if (earlier != null) {
                all.addAll(earlier.answers());
              }
              all.add(answers);
              out.put(r.get(S_ID), submission(r, all));
            });
    return List.copyOf(out.values());
  }

  private static StoredSubmission submission(Record r, List<StoredSubmission.Answers> answers) {
    return new StoredSubmission(
        OrganizationId.of(r.get(S_ORG)),
        r.get(S_ID),
        FormId.of(r.get(S_FORM)),
        r.get(S_FINGERPRINT),
        Rows.instant(r.get(S_AT)),
        r.get(S_BY),
        answers);
  }

  private static StoredForm form(Record r) {
    return new StoredForm(
        FormId.of(r.get(F_ID)),
        OrganizationId.of(r.get(F_ORG)),
        r.get(F_KEY),
        r.get(F_VERSION),
        r.get(F_DEFINITION),
        Rows.instant(r.get(F_PUBLISHED)),
        r.get(F_PUBLISHED_BY));
  }
}
