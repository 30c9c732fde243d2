package dev.customers.api;

/** The root of every error the SDK raises on purpose; catch a subclass to act on it. */
public abstract class CustomersException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected CustomersException(String message) {
    super(message);
  }

  protected CustomersException(String message, Throwable cause) {
    super(message, cause);
  }
}
