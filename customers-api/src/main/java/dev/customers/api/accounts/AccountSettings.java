package dev.customers.api.accounts;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How accounts behave: how long an invite can be claimed, the shortest password, and how many wrong
 * passwords in a row lock an account for how long. Passwords are hashed with Argon2id at OWASP's
 * minimum (19 MiB, 2 iterations, parallelism 1) or more.
 */
public record AccountSettings(
    Duration inviteLifetime,
    int minPasswordLength,
    int maxFailedLogins,
    Duration lockout,
    int argon2MemoryKib,
    int argon2Iterations) {
  /** OWASP's minimum Argon2id memory, in KiB. */
  public static final int MIN_ARGON2_MEMORY_KIB = 19 * 1024;

  /** OWASP's minimum Argon2id iterations at that memory. */
  public static final int MIN_ARGON2_ITERATIONS = 2;

  /**
   * Checks the components.
   *
   * @param inviteLifetime how long an invite can be claimed
   * @param minPasswordLength the shortest password accepted
   * @param maxFailedLogins wrong passwords in a row before the account locks
   * @param lockout how long a locked account stays locked
   * @param argon2MemoryKib Argon2id memory in KiB, at least {@link #MIN_ARGON2_MEMORY_KIB}
   * @param argon2Iterations Argon2id iterations, at least {@link #MIN_ARGON2_ITERATIONS}
   */
  public AccountSettings {
    requireNonNull(inviteLifetime, "inviteLifetime");
    requireNonNull(lockout, "lockout");
    if (inviteLifetime.isNegative() || inviteLifetime.isZero()) {
      throw new IllegalArgumentException("inviteLifetime must be positive: " + inviteLifetime);
    }
    if (minPasswordLength < 8) {
      throw new IllegalArgumentException(
          "minPasswordLength must be at least 8: " + minPasswordLength);
    }
    if (maxFailedLogins < 1) {
      throw new IllegalArgumentException("maxFailedLogins must be at least 1: " + maxFailedLogins);
    }
    if (lockout.isNegative()) {
      throw new IllegalArgumentException("lockout must not be negative: " + lockout);
    }
    if (argon2MemoryKib < MIN_ARGON2_MEMORY_KIB || argon2Iterations < MIN_ARGON2_ITERATIONS) {
      throw new IllegalArgumentException(
          "Argon2id below OWASP's minimum (19 MiB, 2 iterations): "
              + argon2MemoryKib
              + " KiB, "
              + argon2Iterations
              + " iterations");
    }
  }

  /**
   * Invites for 7 days, passwords of 10 characters or more, 5 wrong passwords lock for 15 minutes,
   * Argon2id at OWASP's minimum.
   *
   * @return the defaults
   */
  public static AccountSettings defaults() {
    return new AccountSettings(
        Duration.ofDays(7),
        10,
        5,
        Duration.ofMinutes(15),
        MIN_ARGON2_MEMORY_KIB,
        MIN_ARGON2_ITERATIONS);
  }
}
