package dev.customers.api.spi;

import dev.customers.api.CustomerId;
import dev.customers.api.FormId;
import dev.customers.api.OrganizationId;
import java.util.List;
import java.util.Optional;

/**
 * Stores published form versions and form submissions. Versions are never changed or removed; a
 * submission is found by the sender's id, and listed by each customer it holds answers for.
 */
public interface FormStore {

  /**
   * Adds a published version; a version of the same key and number is a DUPLICATE conflict.
   *
   * @param form the version
   */
  void insertForm(StoredForm form);

  /**
   * A version by its id.
   *
   * @param organizationId the organization
   * @param id the version's id
   * @return the version, if the organization has it
   */
  Optional<StoredForm> form(OrganizationId organizationId, FormId id);

  /**
   * Every version of a key, oldest first.
   *
   * @param organizationId the organization
   * @param key the form's key
   * @return every version of the key, oldest first
   */
  List<StoredForm> versions(OrganizationId organizationId, String key);

  /**
   * The latest version of every key, by key.
   *
   * @param organizationId the organization
   * @return the latest version of every key, by key
   */
  List<StoredForm> latestForms(OrganizationId organizationId);

  /**
   * Adds a submission with its answers; a submission id already stored in the organization is a
   * DUPLICATE conflict.
   *
   * @param submission the submission
   */
  void insertSubmission(StoredSubmission submission);

  /**
   * A submission by the sender's id, with every customer's answers.
   *
   * @param organizationId the organization
   * @param submissionId the sender's id
   * @return the submission, if stored
   */
  Optional<StoredSubmission> submission(OrganizationId organizationId, String submissionId);

  /**
   * The submissions holding answers for a customer, newest first (then by submission id), each with
   * that customer's answers only.
   *
   * @param organizationId the organization
   * @param customer the customer
   * @return the customer's submissions, newest first
   */
  List<StoredSubmission> submissionsOf(OrganizationId organizationId, CustomerId customer);
}
