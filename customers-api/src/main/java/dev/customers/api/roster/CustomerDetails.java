package dev.customers.api.roster;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The editable details of a profile, as a form sends them. Values are checked by the service, which
 * names every bad field; read a profile's details, change them with the {@code withX} methods, and
 * send them back with the profile's version.
 */
public record CustomerDetails(
    String firstName,
    String lastName,
    @Nullable String email,
    @Nullable String username,
    @Nullable String phone,
    @Nullable LocalDate birthday) {

  public CustomerDetails {
    requireNonNull(firstName, "firstName");
    requireNonNull(lastName, "lastName");
  }

  public static CustomerDetails of(String firstName, String lastName) {
    return new CustomerDetails(firstName, lastName, null, null, null, null);
  }

  public CustomerDetails withFirstName(String value) {
    return new CustomerDetails(value, lastName, email, username, phone, birthday);
  }

  public CustomerDetails withLastName(String value) {
    return new CustomerDetails(firstName, value, email, username, phone, birthday);
  }

  public CustomerDetails withEmail(@Nullable String value) {
    return new CustomerDetails(firstName, lastName, value, username, phone, birthday);
  }

  public CustomerDetails withUsername(@Nullable String value) {
    return new CustomerDetails(firstName, lastName, email, value, phone, birthday);
  }

  public CustomerDetails withPhone(@Nullable String value) {
    return new CustomerDetails(firstName, lastName, email, username, value, birthday);
  }

  public CustomerDetails withBirthday(@Nullable LocalDate value) {
    return new CustomerDetails(firstName, lastName, email, username, phone, value);
  }
}
