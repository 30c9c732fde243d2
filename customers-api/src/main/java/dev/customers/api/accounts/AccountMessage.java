package dev.customers.api.accounts;

import static java.util.Objects.requireNonNull;

import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import java.time.Instant;

/**
 * A message the host sends for the SDK (an email or SMS): an invite to claim an account, with the
 * token the host puts in the claim link. The token is in clear only here; the SDK stores its hash.
 */
public record AccountMessage(
    OrganizationId organizationId,
    CustomerId customerId,
    String recipientName,
    String email,
    String token,
    Instant expiresAt) {
  /**
   * Checks the components.
   *
   * @param organizationId the organization whose roster the customer is on
   * @param customerId the invited customer
   * @param recipientName the customer's display name
   * @param email where to send the message
   * @param token the claim token, for the claim link
   * @param expiresAt when the token stops working
   */
  public AccountMessage {
    requireNonNull(organizationId, "organizationId");
    requireNonNull(customerId, "customerId");
    requireNonNull(recipientName, "recipientName");
    requireNonNull(email, "email");
    requireNonNull(token, "token");
    requireNonNull(expiresAt, "expiresAt");
  }

  /** The token is left out, so a message in a log does not let anyone claim the account. */
  @Override
  public String toString() {
    return "AccountMessage[" + customerId + " <" + email + ">, expires " + expiresAt + "]";
  }
}
