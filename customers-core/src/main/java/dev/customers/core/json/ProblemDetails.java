package dev.customers.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.customers.api.ConflictException;
import dev.customers.api.CustomersException;
import dev.customers.api.FieldError;
import dev.customers.api.InvalidStateException;
import dev.customers.api.NotFoundException;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.StorageException;
import dev.customers.api.ValidationException;
import dev.customers.api.spi.StoredText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An SDK error as RFC 9457 problem details, ready for an HTTP response: a {@code type} URN per kind
 * of error, a {@code title}, the HTTP {@code status} it maps to and the message as {@code detail};
 * a validation error adds its field errors (each value quoted as the message quotes it, so a
 * response never echoes megabytes), a conflict its reason and the id of what it conflicts with.
 *
 * @param type the kind of error, as a URN such as {@code urn:customers:problem:invalid-input}
 * @param title the kind of error in words
 * @param status the HTTP status it maps to
 * @param detail the error's message
 * @param errors a validation error's field errors, else null
 * @param reason a conflict's reason, else null
 * @param existingId the id a conflict names, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetails(
    String type,
    String title,
    int status,
    String detail,
    @Nullable List<FieldError> errors,
    @Nullable String reason,
    @Nullable String existingId) {

  /**
   * The problem details of an SDK error.
   *
   * @param error the error
   * @return its problem details
   */
  public static ProblemDetails of(CustomersException error) {
    String detail = String.valueOf(error.getMessage());
    if (error instanceof ValidationException invalid) {
      List<FieldError> errors =
          invalid.errors().stream()
              .map(
                  e ->
                      new FieldError(
                          e.field(),
                          e.value() == null ? null : StoredText.quote(e.value()),
                          e.problem()))
              .toList();
      return new ProblemDetails(
          urn("invalid-input"), "Invalid input", 400, detail, errors, null, null);
    }
    if (error instanceof ConflictException conflict) {
      return new ProblemDetails(
          urn("conflict"),
          "Conflict",
          409,
          detail,
          null,
          conflict.reason().name(),
          conflict.existingId().orElse(null));
    }
    if (error instanceof NotFoundException) {
      return simple("not-found", "Not found", 404, detail);
    }
    if (error instanceof PermissionDeniedException) {
      return simple("permission-denied", "Permission denied", 403, detail);
    }
    if (error instanceof InvalidStateException) {
      return simple("invalid-state", "Invalid state", 409, detail);
    }
    if (error instanceof StorageException) {
      return simple("storage", "Storage unavailable", 503, detail);
    }
    return simple("error", "Error", 500, detail);
  }

  private static ProblemDetails simple(String kind, String title, int status, String detail) {
    return new ProblemDetails(urn(kind), title, status, detail, null, null, null);
  }

  private static String urn(String kind) {
    return "urn:customers:problem:" + kind;
  }
}
