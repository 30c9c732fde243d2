package dev.customers.core.imports;

/** A source that cannot be imported as a whole: no header, or a header that does not fit. */
final class SourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SourceException(String message) {
    super(message);
  }
}
