package dev.customers.core.roster;

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

  static ValidDetails of(Person person) {
    return new ValidDetails(
        person.firstName(), person.lastName(), person.email(), person.username(), person.phone(), person.birthday());
  }

  /** Each field that differs, with its before and after text. */
  List<FieldChange> changesTo(ValidDetails after) {
    List<FieldChange> changes = new ArrayList<>();
    diff(changes, "firstName", firstName, after.firstName);
    diff(changes, "lastName", lastName, after.lastName);
    diff(changes, "email", email, after.email);
    diff(changes, "username", username, after.username);
    diff(changes, "phone", phone, after.phone);
    diff(changes, "birthday", birthday, after.birthday);
    return changes;
  }

  private static void diff(List<FieldChange> changes, String field, @Nullable Object before, @Nullable Object after) {
    if (!Objects.equals(before, after)) {
      changes.add(new FieldChange(field, text(before), text(after)));
    }
  }

  private static @Nullable String text(@Nullable Object value) {
    return value == null ? null : value.toString();
  }
}
