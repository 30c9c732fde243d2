package dev.customers.api.forms;

import static java.util.Objects.requireNonNull;

import dev.customers.api.FormId;

/**
 * A form's answers as sent: the input of {@link FormService#signUp} and {@link FormService#submit}.
 *
 * @param submissionId the sender's id for this submission, unique in the organization (1 to 100
 *     printable characters): sending it again does nothing twice
 * @param form the form version answered
 * @param answers the answers
 */
public record Submission(String submissionId, FormId form, FormAnswers answers) {
  /**
   * Checks the components.
   *
   * @param submissionId the sender's id for this submission
   * @param form the form version answered
   * @param answers the answers
   */
  public Submission {
    requireNonNull(submissionId, "submissionId");
    requireNonNull(form, "form");
    requireNonNull(answers, "answers");
  }
}
