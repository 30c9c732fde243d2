package dev.customers.core.roster;

import dev.customers.api.PersonId;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.roster.EmailAddress;
import dev.customers.api.roster.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Details that passed validation, trimmed, with blanks turned into absent values. */
record ValidDetails(
    String firstName,
    String lastName,
    @Nullable EmailAddress email,
    @Nullable String username,
    @Nullable String phone,
    @Nullable LocalDate birthday) {

  /** A new person with these details, made now, at version 1. */
  Person newPerson(PersonId id, java.time.Instant now) {
    return new Person(id, firstName, lastName, email, username, phone, birthday, now, now, 1);
  }

  static ValidDetails of(Person person) {
    return new ValidDetails(
        person.firstName(),
        person.lastName(),
        person.email(),
        person.username(),
        person.phone(),
        person.birthday());
  }

  /** Each field that differs, with its before and after text. */
  List<FieldChange> changesTo(ValidDetails after) {
    List<FieldChange> changes = new ArrayList<>();
    diff(changes, "firstName", nonEmpty(firstName), nonEmpty(after.firstName));
    diff(changes, "lastName", nonEmpty(lastName), nonEmpty(after.lastName));
    diff(changes, "email", email, after.email);
    diff(changes, "username", username, after.username);
    diff(changes, "phone", phone, after.phone);
    diff(changes, "birthday", birthday, after.birthday);
    return changes;
  }

  /** Every field that has a value, as set from nothing. */
  List<FieldChange> asCreated() {
    return new ValidDetails("", "", null, null, null, null).changesTo(this);
  }

  private static @Nullable String nonEmpty(String value) {
    return value.isEmpty() ? null : value;
  }

  private static void diff(
      List<FieldChange> changes, String field, @Nullable Object before, @Nullable Object after) {
    if (!Objects.equals(before, after)) {
      changes.add(new FieldChange(field, text(before), text(after)));
    }
  }

  private static @Nullable String text(@Nullable Object value) {
    return value == null ? null : value.toString();
  }
}
