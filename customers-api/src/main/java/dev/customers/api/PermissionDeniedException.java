package dev.customers.api;

/** The caller's actor may not make this call or see this data; nothing was changed. */
public final class PermissionDeniedException extends CustomersException {
  private static final long serialVersionUID = 1L;

  /**
   * A refusal naming the actor, the action and why.
   *
   * @param message what went wrong, in words a user can act on
   */
  public PermissionDeniedException(String message) {
    super(message);
  }
}
