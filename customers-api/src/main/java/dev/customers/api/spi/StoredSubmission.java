package dev.customers.api.spi;

import static java.util.Objects.requireNonNull;

import dev.customers.api.CustomerId;
import dev.customers.api.FormId;
import dev.customers.api.OrganizationId;
import java.time.Instant;
import java.util.List;

/**
 * A stored form submission: who sent it, a fingerprint of what was sent (to tell a retry from a
 * reuse of the id), and each customer's answers as JSON text that the core writes and reads.
 *
 * @param organizationId the organization
 * @param submissionId the sender's id, unique in the organization
 * @param form the form version answered
 * @param fingerprint the hex SHA-256 of what was sent
 * @param submittedAt when it was stored
 * @param submittedBy who sent it
 * @param answers each customer's answers, the customer answered for first
 */
public record StoredSubmission(
    OrganizationId organizationId,
    String submissionId,
    FormId form,
    String fingerprint,
    Instant submittedAt,
    String submittedBy,
    List<Answers> answers) {
  /**
   * Checks the components and keeps its own copy of the list.
   *
   * @param organizationId the organization
   * @param submissionId the sender's id
   * @param form the form version answered
   * @param fingerprint the hex SHA-256 of what was sent
   * @param submittedAt when it was stored
   * @param submittedBy who sent it
   * @param answers each customer's answers
   */
  public StoredSubmission {
    requireNonNull(organizationId, "organizationId");
    requireNonNull(submissionId, "submissionId");
    requireNonNull(form, "form");
    requireNonNull(fingerprint, "fingerprint");
    requireNonNull(submittedAt, "submittedAt");
    requireNonNull(submittedBy, "submittedBy");
    answers = List.copyOf(requireNonNull(answers, "answers"));
  }

  /**
   * One customer's answers in a submission.
   *
   * @param customer the customer
   * @param answers the answers as JSON text, at most {@link StoredText#FORM_ANSWERS} characters
   */
  public record Answers(CustomerId customer, String answers) {
    /**
     * Checks the components.
     *
     * @param customer the customer
     * @param answers the answers as JSON text
     */
    public Answers {
      requireNonNull(customer, "customer");
      requireNonNull(answers, "answers");
    }
  }
}
