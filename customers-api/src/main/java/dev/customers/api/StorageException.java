package dev.customers.api;

/**
 * The storage failed (a lost connection, a server error). The call's transaction was rolled back;
 * retrying the call is safe.
 */
public class StorageException extends CustomersException {
  private static final long serialVersionUID = 1L;

  /**
   * A failure with the storage's own exception as its cause.
   *
   * @param cause the failure behind it
   * @param message what went wrong, in words a user can act on
   */
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * A failure found by the SDK itself, with no underlying exception.
   *
   * @param message what went wrong, in words a user can act on
   */
  protected StorageException(String message) {
    super(message);
  }
}
