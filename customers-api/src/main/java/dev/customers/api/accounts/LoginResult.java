package dev.customers.api.accounts;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * What a password check says. A wrong password and an unknown email are the same answer, so a login
 * form cannot be used to learn who has an account.
 */
public sealed interface LoginResult {
  /**
   * The password is right.
   *
   * @param account the account to sign in as
   */
  record Accepted(ClaimedAccount account) implements LoginResult {
    /**
     * Checks the components.
     *
     * @param account the account to sign in as
     */
    public Accepted {
      requireNonNull(account, "account");
    }
  }

  /** The email has no claimed account, or the password is wrong. */
  record Refused() implements LoginResult {}

  /**
   * Too many wrong passwords: no password is checked until {@code until}.
   *
   * @param until when the account can be tried again
   */
  record Locked(Instant until) implements LoginResult {
    /**
     * Checks the components.
     *
     * @param until when the account can be tried again
     */
    public Locked {
      requireNonNull(until, "until");
    }
  }
}
