package dev.customers.api.consent;

import static java.util.Objects.requireNonNull;

/**
 * Something a customer consents to, on one channel: {@link #MARKETING_EMAIL} and {@link
 * #MARKETING_SMS} exist in every organization, which may add its own.
 */
public record ConsentPurpose(String key, String label) {
  /** Marketing by email, built into every organization. */
  public static final ConsentPurpose MARKETING_EMAIL =
      new ConsentPurpose("marketing_email", "Marketing by email");

  /** Marketing by text message, built into every organization. */
  public static final ConsentPurpose MARKETING_SMS =
      new ConsentPurpose("marketing_sms", "Marketing by SMS");

  /**
   * Checks the components.
   *
   * @param key the key
   * @param label the label shown to people
   */
  public ConsentPurpose {
    requireNonNull(key, "key");
    requireNonNull(label, "label");
  }

  /**
   * Whether every organization has this purpose without adding it.
   *
   * @return whether every organization has this purpose without adding it
   */
  public boolean builtIn() {
    return key.equals(MARKETING_EMAIL.key) || key.equals(MARKETING_SMS.key);
  }
}
