package dev.customers.examples;

import dev.customers.api.accounts.AccountMessage;
import dev.customers.api.accounts.Notifier;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The example's stand-in for an email service: it prints each claim link (with the token cut short,
 * as a log should) and keeps the messages, so the example can follow the link.
 */
public final class ExampleMailer implements Notifier {
  private final PrintStream out;
  private final List<AccountMessage> sent = new ArrayList<>();

  public ExampleMailer(PrintStream out) {
    this.out = out;
  }

  @Override
  public synchronized void send(AccountMessage message) {
    sent.add(message);
    out.println(
        "    [mail] to "
            + message.recipientName()
            + " <"
            + message.email()
            + ">: claim your account at https://studio.example/claim?token="
            + message.token().substring(0, 6)
            + "... (until "
            + message.expiresAt()
            + ")");
  }

  /** The last message's token, as the customer would follow the link. */
  public synchronized String lastToken() {
    if (sent.isEmpty()) {
      throw new IllegalStateException("no message was sent");
    }
    return sent.get(sent.size() - 1).token();
  }
}
