package dev.customers.testkit;

import dev.customers.api.accounts.AccountMessage;
import dev.customers.api.accounts.Notifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A notifier for tests: keeps every message it is given, in order, instead of sending it. */
public final class RecordingNotifier implements Notifier {
  private final List<AccountMessage> messages = new CopyOnWriteArrayList<>();

  @Override
  public void send(AccountMessage message) {
    messages.add(message);
  }

  /**
   * Every message sent so far, oldest first.
   *
   * @return every message sent so far
   */
  public List<AccountMessage> messages() {
    return List.copyOf(messages);
  }

  /**
   * The newest message's token.
   *
   * @return the token of the last message sent
   * @throws AssertionError if nothing was sent
   */
  public String lastToken() {
    if (messages.isEmpty()) {
      throw new AssertionError("no message was sent");
    }
    return messages.get(messages.size() - 1).token();
  }
}
