package dev.customers.api;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The write clashes with the stored state: a stale version or a duplicate; nothing was changed. */
public final class ConflictException extends CustomersException {
  private static final long serialVersionUID = 1L;

  /** Why the write clashed. */
  public enum Reason {
    /** The caller's version is not the stored one: read again and reapply. */
    STALE_VERSION,
    /** Another entity already holds a value that must be unique. */
    DUPLICATE
  }

  private final Reason reason;
  private final @Nullable String existingId;

  /**
   * A conflict found by the SDK.
   *
   * @param existingId the id of the entity that holds the value already, if any
   * @param message what went wrong, in words a user can act on
   * @param reason why, for the audit trail
   */
  public ConflictException(Reason reason, String message, @Nullable String existingId) {
    super(requireNonNull(message, "message"));
    this.reason = requireNonNull(reason, "reason");
    this.existingId = existingId;
  }

  /**
   * A conflict found by the database, keeping the vendor's exception as the cause.
   *
   * @param cause the failure behind it
   * @param existingId the id of the entity that holds the value already, if any
   * @param message what went wrong, in words a user can act on
   * @param reason why, for the audit trail
   */
  public ConflictException(
      Reason reason, String message, @Nullable String existingId, Throwable cause) {
    super(requireNonNull(message, "message"), requireNonNull(cause, "cause"));
    this.reason = requireNonNull(reason, "reason");
    this.existingId = existingId;
  }

  /**
   * The conflict of a write whose expected version is not the stored one.
   *
   * @param actual the stored version
   * @param entity the kind of entity, such as customer
   * @param expected the version the caller named
   * @param id the id
   * @return the conflict of a write whose expected version is not the stored one
   */
  public static ConflictException staleVersion(
      String entity, Object id, long expected, long actual) {
    return new ConflictException(
        Reason.STALE_VERSION,
        entity
            + " "
            + id
            + " is at version "
            + actual
            + ", not "
            + expected
            + ": read it again and reapply the change",
        null);
  }

  /**
   * Why the write clashed.
   *
   * @return the public reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * For a duplicate, the id of the entity that already holds the value.
   *
   * @return the public optional
   */
  public Optional<String> existingId() {
    return Optional.ofNullable(existingId);
  }
}
