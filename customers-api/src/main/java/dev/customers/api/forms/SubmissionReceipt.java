package dev.customers.api.forms;

import static java.util.Objects.requireNonNull;

import dev.customers.api.CustomerId;
import dev.customers.api.FormId;
import java.time.Instant;
import java.util.List;

/**
 * What a submission did.
 *
 * @param submissionId the sender's id for the submission
 * @param form the form version answered
 * @param customer the customer answered for: the one added by a sign-up, the guardian of a family
 *     sign-up, or the existing customer of an intake or waiver
 * @param dependants the guest accounts a family sign-up added, in the order answered
 * @param submittedAt when the submission was stored
 * @param repeated true when the submission id had been used before with the same answers: nothing
 *     was written this time, and this is what the first submission did
 */
public record SubmissionReceipt(
    String submissionId,
    FormId form,
    CustomerId customer,
    List<CustomerId> dependants,
    Instant submittedAt,
    boolean repeated) {
  /**
   * Checks the components and keeps its own copy of the list.
   *
   * @param submissionId the sender's id for the submission
   * @param form the form version answered
   * @param customer the customer answered for
   * @param dependants the guest accounts added
   * @param submittedAt when it was stored
   * @param repeated whether this repeats an earlier submission
   */
  public SubmissionReceipt {
    requireNonNull(submissionId, "submissionId");
    requireNonNull(form, "form");
    requireNonNull(customer, "customer");
    dependants = List.copyOf(requireNonNull(dependants, "dependants"));
    requireNonNull(submittedAt, "submittedAt");
  }
}
