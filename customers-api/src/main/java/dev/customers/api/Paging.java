package dev.customers.api;

import java.util.List;

/** The page-size rule every query value shares. */
final class Paging {
  private Paging() {}

  static void checkLimit(int limit) {
    if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
      throw new ValidationException(
          List.of(
              new FieldError(
                  "limit",
                  Integer.toString(limit),
                  "must be between 1 and " + PageRequest.MAX_LIMIT)));
    }
  }
}
