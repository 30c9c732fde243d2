package dev.customers.jdbc;

import static dev.customers.jdbc.RosterTables.*;

import dev.customers.api.ConflictException;
import dev.customers.api.roster.CustomerStatus;
import dev.customers.api.roster.Person;
import dev.customers.api.spi.SearchFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jspecify.annotations.Nullable;

/**
 * A person's columns, and what each of their customer rows copies from them (search fields, sort
 * key, email key, birthday) so that roster queries read the customers table alone.
 */
final class PersonCopy {
  static final String ACTIVE = CustomerStatus.ACTIVE.name();

  /** A person's columns, in the order {@link Rows#person} and {@link Rows#entry} read them. */
  static final List<SelectField<?>> PERSON_FIELDS =
      List.of(
          P_ID,
          P_FIRST,
          P_LAST,
          P_EMAIL,
          P_USERNAME,
          P_PHONE,
          P_BIRTHDAY,
          P_CREATED,
          P_UPDATED,
          P_VERSION);

  private PersonCopy() {}

  /** The person's editable columns, as an insert or an update writes them. */
  static Map<Field<?>, @Nullable Object> columns(Person person) {
    Map<Field<?>, @Nullable Object> columns = new LinkedHashMap<>();
    columns.put(P_FIRST, person.firstName());
    columns.put(P_LAST, person.lastName());
    columns.put(P_EMAIL, person.email() == null ? null : person.email().value());
    columns.put(P_USERNAME, person.username());
    columns.put(P_PHONE, person.phone());
    columns.put(P_BIRTHDAY, person.birthday());
    columns.put(P_UPDATED, Rows.utc(person.updatedAt()));
    columns.put(P_VERSION, person.version());
    return columns;
  }

  /** What a customer row copies from its person. */
  static Map<Field<?>, @Nullable Object> copy(Person person) {
    SearchFields fields = SearchFields.of(person);
    Map<Field<?>, @Nullable Object> columns = new LinkedHashMap<>();
    columns.put(C_SORT, fields.sortName());
    columns.put(C_FIRST, fields.first());
    columns.put(C_LAST, fields.last());
    columns.put(C_FULL, fields.full());
    columns.put(C_EMAIL, fields.email());
    columns.put(C_USERNAME, fields.username());
    columns.put(C_PHONE, fields.phoneDigits());
    columns.put(C_ALL, fields.all());
    columns.put(C_EMAIL_KEY, emailKey(person));
    columns.put(C_BIRTH_MD, birthMonthDay(person));
    return columns;
  }

  private static @Nullable Integer birthMonthDay(Person person) {
    return person.birthday() == null
        ? null
        : person.birthday().getMonthValue() * 100 + person.birthday().getDayOfMonth();
  }

  static @Nullable String emailKey(Person person) {
    return person.email() == null ? null : person.email().key();
  }

  static ConflictException duplicateEmail(String key, UUID holder) {
    return new ConflictException(
        ConflictException.Reason.DUPLICATE,
        "email " + key + " already belongs to active customer " + holder,
        holder.toString());
  }
}
