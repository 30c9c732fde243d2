package dev.customers.core.roster;

import dev.customers.api.FieldError;
import dev.customers.api.ValidationException;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.EmailAddress;
import dev.customers.api.spi.SearchText;
import dev.customers.api.spi.StoredText;
import dev.customers.core.internal.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks a profile's details and names every bad field and value at once. */
final class DetailsValidator {
  static final int MAX_NAME = StoredText.PERSON_NAME;
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9()\\-. ]+");
  private static final LocalDate EARLIEST_BIRTHDAY = LocalDate.of(1900, 1, 1);

  private DetailsValidator() {}

  static ValidDetails validate(CustomerDetails details, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    String firstName = Texts.line("firstName", details.firstName(), 1, MAX_NAME, errors);
    String lastName = Texts.line("lastName", details.lastName(), 0, MAX_NAME, errors);
    EmailAddress email = null;
    String emailText = optional("email", details.email(), errors);
    if (emailText != null) {
      if (EmailAddress.isValid(emailText)) {
        email = EmailAddress.of(emailText);
      } else {
        errors.add(new FieldError("email", details.email(), "is not an email address"));
      }
    }
    String username = optional("username", details.username(), errors);
    if (username != null && !USERNAME.matcher(username).matches()) {
      errors.add(
          new FieldError(
              "username",
              details.username(),
              "must be 3 to 64 letters, digits, dots, dashes or underscores"));
    }
    String phone = optional("phone", details.phone(), errors);
    if (phone != null) {
      int digits = SearchText.digits(phone).length();
      // The column holds the phone as given, so its whole length counts, not just its digits.
      if (phone.length() > StoredText.PHONE
          || !PHONE.matcher(phone).matches()
          || digits < 5
          || digits > 15) {
        errors.add(
            new FieldError(
                "phone",
                details.phone(),
                "must be 5 to 15 digits, optionally with +, spaces, dots, dashes or parentheses, "
                    + "at most "
                    + StoredText.PHONE
                    + " characters in all"));
      }
    }
    LocalDate birthday = details.birthday();
    if (birthday != null) {
      if (birthday.isAfter(today)) {
        errors.add(
            new FieldError(
                "birthday", birthday.toString(), "is in the future (today is " + today + ")"));
      } else if (birthday.isBefore(EARLIEST_BIRTHDAY)) {
        errors.add(
            new FieldError("birthday", birthday.toString(), "is before " + EARLIEST_BIRTHDAY));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return new ValidDetails(firstName, lastName, email, username, phone, birthday);
  }

  /** The trimmed value, null when absent or blank or when its characters cannot be stored. */
  private static @Nullable String optional(
      String field, @Nullable String value, List<FieldError> errors) {
    if (value == null || !Texts.characters(field, value, false, errors)) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
