package dev.customers.api.spi;

import static java.util.Objects.requireNonNull;

import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An invite as stored: the SHA-256 hash of its token (never the token), whom and what it is for,
 * until when, and how it ended.
 */
public record StoredInvite(
    OrganizationId organizationId,
    String tokenHash,
    PersonId personId,
    String purpose,
    String sentTo,
    Instant createdAt,
    Instant expiresAt,
    State state,
    @Nullable Instant endedAt) {

  /** Where an invite stands. */
  public enum State {
    /** Sent and not yet used, replaced or revoked (it may have expired). */
    PENDING,
    /** Used to claim the account. */
    CLAIMED,
    /** A newer invite replaced it. */
    REPLACED,
    /** Staff revoked it. */
    REVOKED
  }

  /**
   * Checks the components.
   *
   * @param organizationId the organization
   * @param tokenHash the token's SHA-256 hash, 64 hex digits
   * @param personId the invited person
   * @param purpose what the token is for
   * @param sentTo the email address it was sent to
   * @param createdAt when it was made
   * @param expiresAt when it stops working
   * @param state where it stands
   * @param endedAt when it was used, replaced or revoked
   */
  public StoredInvite {
    requireNonNull(organizationId, "organizationId");
    requireNonNull(tokenHash, "tokenHash");
    requireNonNull(personId, "personId");
    requireNonNull(purpose, "purpose");
    requireNonNull(sentTo, "sentTo");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(expiresAt, "expiresAt");
    requireNonNull(state, "state");
  }

  /**
   * The same invite in another state, ended at {@code at}.
   *
   * @param to the new state
   * @param at when it ended
   * @return the same invite in another state
   */
  public StoredInvite ended(State to, Instant at) {
    return new StoredInvite(
        organizationId, tokenHash, personId, purpose, sentTo, createdAt, expiresAt, to, at);
  }
}
