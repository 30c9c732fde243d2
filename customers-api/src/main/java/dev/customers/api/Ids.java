package dev.customers.api;

import java.util.List;
import java.util.UUID;

/** Parsing shared by the typed ids, so every malformed id fails the same way. */
final class Ids {
  private Ids() {}

  static UUID parse(String field, String text) {
    try {
      return UUID.fromString(text.trim());
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          List.of(new FieldError(field, text, "is not an id (expected a UUID)")));
    }
  }
}
