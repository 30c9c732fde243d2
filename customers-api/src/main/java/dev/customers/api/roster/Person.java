package dev.customers.api.roster;

import static java.util.Objects.requireNonNull;

import dev.customers.api.PersonId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A platform-wide account: the details that travel with a person across every roster they are on.
 * Email is optional because guest accounts (a child, say) have none.
 */
public record Person(
    PersonId id,
    String firstName,
    String lastName,
    @Nullable EmailAddress email,
    @Nullable String username,
    @Nullable String phone,
    @Nullable LocalDate birthday,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /**
   * Checks the components.
   *
   * @param birthday the birthday, or null
   * @param createdAt when it was created
   * @param email the email address, or null
   * @param firstName the first name
   * @param id the id
   * @param lastName the last name
   * @param phone the phone number, or null
   * @param updatedAt when it last changed
   * @param username the username, or null
   * @param version the version, one more with every change
   */
  public Person {
    requireNonNull(id, "id");
    requireNonNull(firstName, "firstName");
    requireNonNull(lastName, "lastName");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1, was " + version);
    }
  }

  /**
   * "First Last", or just the first name when there is no last name.
   *
   * @return the public string
   */
  public String displayName() {
    return lastName.isEmpty() ? firstName : firstName + " " + lastName;
  }

  /**
   * The person's details, ready to change and pass to an update.
   *
   * @return the person's details, ready to change and pass to an update
   */
  public CustomerDetails details() {
    return new CustomerDetails(
        firstName, lastName, email == null ? null : email.value(), username, phone, birthday);
  }

  /**
   * This person with other details, the next version and a new update time.
   *
   * @param birthday the birthday, or null
   * @param email the email address, or null
   * @param firstName the first name
   * @param lastName the last name
   * @param now the moment of the change
   * @param phone the phone number, or null
   * @param username the username, or null
   * @return this person with other details, the next version and a new update time
   */
  public Person withDetails(
      String firstName,
      String lastName,
      @Nullable EmailAddress email,
      @Nullable String username,
      @Nullable String phone,
      @Nullable LocalDate birthday,
      Instant now) {
    return new Person(
        id, firstName, lastName, email, username, phone, birthday, createdAt, now, version + 1);
  }
}
