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

  /** "First Last", or just the first name when there is no last name. */
  public String displayName() {
    return lastName.isEmpty() ? firstName : firstName + " " + lastName;
  }

  public CustomerDetails details() {
    return new CustomerDetails(
        firstName, lastName, email == null ? null : email.value(), username, phone, birthday);
  }

  /** This person with other details, the next version and a new update time. */
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
