package dev.customers.api.forms;

import static java.util.Objects.requireNonNull;

import dev.customers.api.CustomerId;
import dev.customers.api.FormId;
import java.time.Instant;

/**
 * One customer's part of a stored submission, as the reader may see it: their own answers (a family
 * sign-up lists the guardian's and each dependant's on their own customer), without the values of
 * fields the reader may not view.
 *
 * @param submissionId the sender's id for the submission
 * @param form the form version answered
 * @param formKey the form's key
 * @param formVersion the version answered
 * @param customer the customer the answers are about
 * @param answers the answers, canonical (trimmed, field values as stored)
 * @param submittedAt when it was stored
 * @param submittedBy who submitted it
 */
public record SubmittedForm(
    String submissionId,
    FormId form,
    String formKey,
    int formVersion,
    CustomerId customer,
    FormAnswers answers,
    Instant submittedAt,
    String submittedBy) {
  /**
   * Checks the components.
   *
   * @param submissionId the sender's id for the submission
   * @param form the form version answered
   * @param formKey the form's key
   * @param formVersion the version answered
   * @param customer the customer the answers are about
   * @param answers the answers
   * @param submittedAt when it was stored
   * @param submittedBy who submitted it
   */
  public SubmittedForm {
    requireNonNull(submissionId, "submissionId");
    requireNonNull(form, "form");
    requireNonNull(formKey, "formKey");
    requireNonNull(customer, "customer");
    requireNonNull(answers, "answers");
    requireNonNull(submittedAt, "submittedAt");
    requireNonNull(submittedBy, "submittedBy");
  }
}
