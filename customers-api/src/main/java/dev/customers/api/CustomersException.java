package dev.customers.api;

/** The root of every error the SDK raises on purpose; catch a subclass to act on it. */
public abstract class CustomersException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An error with the message a user can act on.
   *
   * @param message what went wrong, in words a user can act on
   */
  protected CustomersException(String message) {
    super(message);
  }

  /**
   * An error with the message a user can act on and the failure behind it.
   *
   * @param cause the failure behind it
   * @param message what went wrong, in words a user can act on
   */
  protected CustomersException(String message, Throwable cause) {
    super(message, cause);
  }
}
