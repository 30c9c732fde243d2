package dev.customers.api;

import static java.util.Objects.requireNonNull;

import dev.customers.api.spi.StoredText;
import java.util.List;

/**
 * The input was refused; {@link #errors()} names every bad field and value, and nothing was stored.
 */
public final class ValidationException extends CustomersException {
  private static final long serialVersionUID = 1L;
  private static final int MESSAGE_BUDGET = 440;

  @SuppressWarnings("serial") // List.copyOf lists are serializable
  private final List<FieldError> errors;

  /**
   * A refusal listing every bad field and value.
   *
   * @param errors every bad field and value
   */
  public ValidationException(List<FieldError> errors) {
    super(message(errors));
    this.errors = List.copyOf(errors);
  }

  /**
   * A refusal of one bad field and value.
   *
   * @param field the field
   * @param problem what is wrong with the value
   * @param value the value
   * @return a refusal of one bad field and value
   */
  public static ValidationException of(
      String field, @org.jspecify.annotations.Nullable String value, String problem) {
    return new ValidationException(List.of(new FieldError(field, value, problem)));
  }

  /**
   * Every bad field and value, with the reason for each.
   *
   * @return every bad field and value, with the reason for each
   */
  public List<FieldError> errors() {
    return errors;
  }

  private static String message(List<FieldError> errors) {
    requireNonNull(errors, "errors");
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a validation error needs at least one field error");
    }
    // A message stays short enough to log and show whatever the host sent; errors() has them all.
    StringBuilder message = new StringBuilder("invalid input: ");
    int shown = 0;
    for (FieldError error : errors) {
      String text = error.toString();
      if (shown > 0 && message.length() + text.length() > MESSAGE_BUDGET) {
        break;
      }
      message.append(shown == 0 ? "" : "; ").append(StoredText.cap(text, MESSAGE_BUDGET));
      shown++;
    }
    if (shown < errors.size()) {
      message.append("; and ").append(errors.size() - shown).append(" more");
    }
    return message.toString();
  }
}
