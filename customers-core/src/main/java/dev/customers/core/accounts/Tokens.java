package dev.customers.core.accounts;

import dev.customers.api.OrganizationId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

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
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest =
          sha.digest(
              (purpose + "\n" + organizationId + "\n" + token).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Whether the text could be a token at all (a pasted link cut short, or a page of junk). */
  static boolean plausible(String token) {
    return !token.isEmpty() && token.length() <= MAX_TOKEN_LENGTH;
  }
}
