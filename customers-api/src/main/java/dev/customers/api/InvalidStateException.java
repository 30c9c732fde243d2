package dev.customers.api;

/** The call does not fit the entity's current state (archiving an archived customer, say). */
public final class InvalidStateException extends CustomersException {
  private static final long serialVersionUID = 1L;

  public InvalidStateException(String message) {
    super(message);
  }
}
