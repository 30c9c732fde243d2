package dev.customers.api.accounts;

import static java.util.Objects.requireNonNull;

import dev.customers.api.CustomerId;
import java.time.Instant;

/**
 * An invite as staff see it: who, when it was sent and until when it can be claimed. The token
 * itself goes only to the {@link Notifier}.
 */
public record AccountInvite(
    CustomerId customerId, String sentTo, Instant sentAt, Instant expiresAt) {
  /**
   * Checks the components.
   *
   * @param customerId the invited customer
   * @param sentTo the email address the invite was sent to
   * @param sentAt when it was sent
   * @param expiresAt when it stops working
   */
  public AccountInvite {
    requireNonNull(customerId, "customerId");
    requireNonNull(sentTo, "sentTo");
    requireNonNull(sentAt, "sentAt");
    requireNonNull(expiresAt, "expiresAt");
  }
}
