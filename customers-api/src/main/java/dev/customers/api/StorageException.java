package dev.customers.api;

/**
 * The storage failed (a lost connection, a server error). The call's transaction was rolled back;
 * retrying the call is safe.
 */
public final class StorageException extends CustomersException {
  private static final long serialVersionUID = 1L;

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
