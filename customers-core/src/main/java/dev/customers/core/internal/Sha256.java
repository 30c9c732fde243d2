package dev.customers.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of text, as lower-case hex: how tokens and submission fingerprints are kept. */
public final class Sha256 {
  private Sha256() {}

  /**
   * The SHA-256 of the text's UTF-8 bytes, as 64 lower-case hex digits.
   *
   * @param text the text
   * @return the hex digest
   */
  public static String hex(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
