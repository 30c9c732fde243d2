package dev.customers.core.accounts;

import dev.customers.api.OrganizationId;
import dev.customers.core.internal.Sha256;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Account tokens: 32 bytes from a secure random source, given out as URL-safe base64, stored as the
 * SHA-256 of the purpose, the organization and the token together, so a token is bound to what it
 * was made for: the same text for another purpose or organization finds nothing.
 */
final class Tokens {
  /** The purpose of an invite's token. */
  static final String CLAIM = "account-claim";

  private static final int TOKEN_BYTES = 32;
  private static final int MAX_TOKEN_LENGTH = 100;

  private final SecureRandom random = new SecureRandom();

  /** A new token. */
  String next() {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The hash a token is stored and looked up by. */
  static String hash(String purpose, OrganizationId organizationId, String token) {
    return Sha256.hex(purpose + "\n" + organizationId + "\n" + token);
  }

  /** Whether the text could be a token at all (a pasted link cut short, or a page of junk). */
  static boolean plausible(String token) {
    return !token.isEmpty() && token.length() <= MAX_TOKEN_LENGTH;
  }
}
