package dev.customers.core.accounts;

import dev.customers.api.ValidationException;
import dev.customers.api.accounts.AccountSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a new password must be: at least the settings' length, at most {@link #MAX_LENGTH}
 * characters (a hash of a megabyte costs what a login should not), and not one of the 30,000 most
 * common passwords (ignoring case).
 */
final class PasswordRules {
  static final int MAX_LENGTH = 256;
  private static final String LIST = "common-passwords.txt";
  private static final Set<String> COMMON = load();

  private final int minLength;

  PasswordRules(AccountSettings settings) {
    this.minLength = settings.minPasswordLength();
  }

  /** Refuses a password that breaks a rule, naming the field {@code password}. */
  void check(String password) {
    int length = password.codePointCount(0, password.length());
    if (length < minLength) {
      throw ValidationException.of(
          "password", null, "must be at least " + minLength + " characters (was " + length + ")");
    }
    if (length > MAX_LENGTH) {
      throw ValidationException.of(
          "password", null, "must be at most " + MAX_LENGTH + " characters");
    }
    if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
      throw ValidationException.of(
          "password", null, "is one of the most common passwords; choose another");
    }
  }

  private static Set<String> load() {
    Set<String> common = new HashSet<>();
    try (InputStream in =
            Objects.requireNonNull(
                PasswordRules.class.getResourceAsStream(LIST), "the SDK's jar lacks " + LIST);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          common.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + LIST, e);
    }
    return Set.copyOf(common);
  }
}
