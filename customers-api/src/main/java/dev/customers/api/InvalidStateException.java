package dev.customers.api;

/** The call does not fit the entity's current state (archiving an archived customer, say). */
public final class InvalidStateException extends CustomersException {
  private static final long serialVersionUID = 1L;

  /**
   * An operation the entity's current state does not allow, explained.
   *
   * @param message what went wrong, in words a user can act on
   */
  public InvalidStateException(String message) {
    super(message);
  }
}
