package dev.customers.api.forms;

/** What a form does when it is submitted. */
public enum FormKind {
  /** Adds a new customer from the answers. */
  SIGN_UP,
  /**
   * Adds a new customer as a guardian and, for each dependant answered, a guest account linked to
   * them, in one submission.
   */
  FAMILY_SIGN_UP,
  /** Answered by or for an existing customer: their details, fields and consents are updated. */
  INTAKE,
  /**
   * Answered by or for an existing customer, like an intake; its required consents are the
   * agreement the waiver asks for.
   */
  WAIVER;

  /**
   * True for the kinds that add new customers ({@link FormService#signUp}); the others are answered
   * about an existing one ({@link FormService#submit}).
   *
   * @return true for the kinds that add new customers
   */
  public boolean addsCustomers() {
    return this == SIGN_UP || this == FAMILY_SIGN_UP;
  }
}
