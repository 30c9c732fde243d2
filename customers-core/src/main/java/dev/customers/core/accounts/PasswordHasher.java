package dev.customers.core.accounts;

import dev.customers.api.accounts.AccountSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.jspecify.annotations.Nullable;

/**
 * Argon2id password hashes in the PHC string format ({@code
 * $argon2id$v=19$m=...,t=...,p=1$salt$hash}), so a stored hash names its own parameters and one
 * made with older ones can be recognized and replaced at the next login.
 */
final class PasswordHasher {
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final int PARALLELISM = 1;
  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

  private final SecureRandom random = new SecureRandom();
  private final int memoryKib;
  private final int iterations;
  private volatile @Nullable String dummy;

  PasswordHasher(AccountSettings settings) {
    this.memoryKib = settings.argon2MemoryKib();
    this.iterations = settings.argon2Iterations();
  }

  /** A new hash of the password, with a fresh salt and the settings' parameters. */
  String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = argon2(password, salt, memoryKib, iterations, PARALLELISM);
    return "$argon2id$v=19$m="
        + memoryKib
        + ",t="
        + iterations
        + ",p="
        + PARALLELISM
        + "$"
        + B64.encodeToString(salt)
        + "$"
        + B64.encodeToString(hash);
  }

  /** Whether the password matches the stored hash; compared in constant time. */
  boolean matches(String password, String stored) {
    Matcher m = PHC.matcher(stored);
    if (!m.matches()) {
      return false;
    }
    byte[] salt = B64_DECODER.decode(m.group(4));
    byte[] expected = B64_DECODER.decode(m.group(5));
    byte[] actual =
        argon2(
            password,
            salt,
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
    return MessageDigest.isEqual(expected, actual);
  }

  /** Spends what a check costs when there is nothing to check, so timing tells no one apart. */
  void matchNothing(String password) {
    // Made at the first login without an account, not at start: every SDK built would pay a hash.
    String stored = dummy;
    if (stored == null) {
      stored = hash("a password no one has, checked when there is no account");
      dummy = stored;
    }
    matches(password, stored);
  }

  /** Whether the stored hash was made with other parameters than the settings'. */
  boolean outdated(String stored) {
    Matcher m = PHC.matcher(stored);
    return !m.matches()
        || Integer.parseInt(m.group(1)) != memoryKib
        || Integer.parseInt(m.group(2)) != iterations
        || Integer.parseInt(m.group(3)) != PARALLELISM;
  }

  private static byte[] argon2(
      String password, byte[] salt, int memoryKib, int iterations, int parallelism) {
    Argon2Parameters parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memoryKib)
            .withIterations(iterations)
            .withParallelism(parallelism)
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] out = new byte[HASH_BYTES];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
