package dev.customers.api.forms;

import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.FormId;
import java.util.List;

/**
 * Forms: an organization publishes sign-up, family sign-up, intake and waiver forms in immutable
 * versions; a front end renders one from its JSON Schema; a submission is checked whole and written
 * all or nothing, and a submission id sent twice does nothing twice.
 */
public interface FormService {

  /**
   * Publishes a form (admins): version 1 of a new key, or the next version of an existing one.
   * Every item is checked: a field must exist, be active and be one customers may edit; a consent
   * purpose must exist; a sign-up must ask for the first name, required; a family sign-up's
   * dependants cannot be asked for an email (a guest account has none). Every problem is named at
   * once.
   *
   * @param caller who is calling, for which organization
   * @param spec the form
   * @return the published version
   */
  Form publish(Caller caller, FormSpec spec);

  /**
   * One published version (anyone acting in the organization: forms are shown to customers).
   *
   * @param caller who is calling, for which organization
   * @param id the version's id
   * @return the version
   */
  Form form(Caller caller, FormId id);

  /**
   * The latest version of a form.
   *
   * @param caller who is calling, for which organization
   * @param key the form's key
   * @return the latest version
   */
  Form latest(Caller caller, String key);

  /**
   * The latest version of every form, by key.
   *
   * @param caller who is calling, for which organization
   * @return the latest version of every form, by key
   */
  List<Form> forms(Caller caller);

  /**
   * Every version of a form, oldest first.
   *
   * @param caller who is calling, for which organization
   * @param key the form's key
   * @return every version of the form, oldest first
   */
  List<Form> versions(Caller caller, String key);

  /**
   * The version as a JSON Schema (draft 2020-12) describing the answers in the JSON shape that the
   * Jackson module reads as {@link FormAnswers}, with each field's type, choices and limits, so a
   * web front end can render and pre-check it. The SDK still checks every submission itself.
   *
   * @param caller who is calling, for which organization
   * @param id the version's id
   * @return the JSON Schema, as JSON text
   */
  String jsonSchema(Caller caller, FormId id);

  /**
   * Submits a sign-up or family sign-up (staff, or the system for a public sign-up page): adds the
   * customer, and for a family sign-up a guest account per dependant linked to them with the form's
   * guardian permissions, with every field and consent answered, in one transaction. Every bad
   * answer is named at once (such as {@code email} or {@code dependants[1].fields.allergies}) and
   * nothing is written. The same submission id with the same answers again returns the first
   * receipt, marked repeated, and writes nothing; with other answers it is a DUPLICATE conflict.
   *
   * @param caller who is calling, for which organization
   * @param submission the answers
   * @return what the submission did
   */
  SubmissionReceipt signUp(Caller caller, Submission submission);

  /**
   * Submits an intake or waiver about an existing customer (staff, the customer themself, or a
   * guardian whose link allows editing the dependant's profile): updates the details, fields and
   * consents answered (an optional one sent empty is cleared; one left out is unchanged), in one
   * transaction, and stores the answers. Bad answers, a repeated submission id and its conflicts
   * are as for {@link #signUp}.
   *
   * @param caller who is calling, for which organization
   * @param customer the customer the answers are about
   * @param submission the answers
   * @return what the submission did
   */
  SubmissionReceipt submit(Caller caller, CustomerId customer, Submission submission);

  /**
   * A customer's stored submissions, newest first: staff, the customer themself, or a guardian
   * whose link allows viewing the dependant's profile; values of fields the caller may not view are
   * left out.
   *
   * @param caller who is calling, for which organization
   * @param customer the customer
   * @return the customer's submissions, newest first
   */
  List<SubmittedForm> submissions(Caller caller, CustomerId customer);
}
