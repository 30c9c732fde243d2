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

  /**
   * Checks the components.
   *
   * @param birthday the birthday, or null
   * @param email the email address, or null
   * @param firstName the first name
   * @param lastName the last name
   * @param phone the phone number, or null
   * @param username the username, or null
   */
  public CustomerDetails {
    requireNonNull(firstName, "firstName");
    requireNonNull(lastName, "lastName");
  }

  /**
   * Details with a name and nothing else.
   *
   * @param firstName the first name
   * @param lastName the last name
   * @return details with a name and nothing else
   */
  public static CustomerDetails of(String firstName, String lastName) {
    return new CustomerDetails(firstName, lastName, null, null, null, null);
  }

  /**
   * These details with another first name.
   *
   * @param value the value
   * @return these details with another first name
   */
  public CustomerDetails withFirstName(String value) {
    return new CustomerDetails(value, lastName, email, username, phone, birthday);
  }

  /**
   * These details with another last name.
   *
   * @param value the value
   * @return these details with another last name
   */
  public CustomerDetails withLastName(String value) {
    return new CustomerDetails(firstName, value, email, username, phone, birthday);
  }

  /**
   * These details with another email (null: none).
   *
   * @param value the value
   * @return these details with another email (null: none)
   */
  public CustomerDetails withEmail(@Nullable String value) {
    return new CustomerDetails(firstName, lastName, value, username, phone, birthday);
  }

  /**
   * These details with another username (null: none).
   *
   * @param value the value
   * @return these details with another username (null: none)
   */
  public CustomerDetails withUsername(@Nullable String value) {
    return new CustomerDetails(firstName, lastName, email, value, phone, birthday);
  }

  /**
   * These details with another phone number (null: none).
   *
   * @param value the value
   * @return these details with another phone number (null: none)
   */
  public CustomerDetails withPhone(@Nullable String value) {
    return new CustomerDetails(firstName, lastName, email, username, value, birthday);
  }

  /**
   * These details with another birthday (null: none).
   *
   * @param value the value
   * @return these details with another birthday (null: none)
   */
  public CustomerDetails withBirthday(@Nullable LocalDate value) {
    return new CustomerDetails(firstName, lastName, email, username, phone, value);
  }
}
