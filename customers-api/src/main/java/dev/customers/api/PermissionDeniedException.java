package dev.customers.api;

/** The caller's actor may not make this call or see this data; nothing was changed. */
public final class PermissionDeniedException extends CustomersException {
  private static final long serialVersionUID = 1L;

  public PermissionDeniedException(String message) {
    super(message);
  }
}
