package dev.customers.core.roster;

import dev.customers.api.FieldError;
import dev.customers.api.ValidationException;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.EmailAddress;
import dev.customers.api.spi.SearchText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks a profile's details and names every bad field and value at once. */
final class DetailsValidator {
  static final int MAX_NAME = 100;
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9()\\-. ]+");
  private static final LocalDate EARLIEST_BIRTHDAY = LocalDate.of(1900, 1, 1);

  private DetailsValidator() {}

  static ValidDetails validate(CustomerDetails details, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    String firstName = details.firstName().trim();
    if (firstName.isEmpty()) {
      errors.add(new FieldError("firstName", details.firstName(), "must not be blank"));
    } else if (firstName.length() > MAX_NAME) {
      errors.add(
          new FieldError(
              "firstName", details.firstName(), "must be at most " + MAX_NAME + " characters"));
    }
    String lastName = details.lastName().trim();
    if (lastName.length() > MAX_NAME) {
      errors.add(
          new FieldError(
              "lastName", details.lastName(), "must be at most " + MAX_NAME + " characters"));
    }
    EmailAddress email = null;
    String emailText = blankToNull(details.email());
    if (emailText != null) {
      if (EmailAddress.isValid(emailText)) {
        email = EmailAddress.of(emailText);
      } else {
        errors.add(new FieldError("email", details.email(), "is not an email address"));
      }
    }
    String username = blankToNull(details.username());
    if (username != null && !USERNAME.matcher(username).matches()) {
      errors.add(
          new FieldError(
              "username",
              details.username(),
              "must be 3 to 64 letters, digits, dots, dashes or underscores"));
    }
    String phone = blankToNull(details.phone());
    if (phone != null) {
      int digits = SearchText.digits(phone).length();
      if (!PHONE.matcher(phone).matches() || digits < 5 || digits > 15) {
        errors.add(
            new FieldError(
                "phone",
                details.phone(),
                "must be 5 to 15 digits, optionally with +, spaces, dots, dashes or parentheses"));
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

  private static @Nullable String blankToNull(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.trim();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
