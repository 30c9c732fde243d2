package dev.customers.api.accounts;

/**
 * The host's way to reach a customer (email, SMS). The SDK calls it after the transaction that made
 * the message committed; a notifier that throws leaves the invite stored, so staff can resend it.
 */
@FunctionalInterface
public interface Notifier {
  /**
   * Sends the message.
   *
   * @param message what to send, with the token for the claim link
   */
  void send(AccountMessage message);
}
