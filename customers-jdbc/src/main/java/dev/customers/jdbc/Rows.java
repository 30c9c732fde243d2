package dev.customers.jdbc;

import static dev.customers.jdbc.RosterTables.*;

import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.Customer;
import dev.customers.api.roster.CustomerStatus;
import dev.customers.api.roster.EmailAddress;
import dev.customers.api.roster.Person;
import dev.customers.api.roster.RosterEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

/**
 * Maps rows to domain records; timestamps are stored as UTC local date-times, exact to the
 * microsecond.
 */
final class Rows {
  private Rows() {}

  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static @Nullable LocalDateTime utcOrNull(@Nullable Instant instant) {
    return instant == null ? null : utc(instant);
  }

  static Instant instant(LocalDateTime utc) {
    return utc.toInstant(ZoneOffset.UTC);
  }

  static Organization organization(Record r) {
    return new Organization(
        OrganizationId.of(r.get(O_ID)),
        r.get(O_NAME),
        ZoneId.of(r.get(O_TIME_ZONE)),
        instant(r.get(O_CREATED)));
  }

  static Person person(Record r) {
    String email = r.get(P_EMAIL);
    return new Person(
        PersonId.of(r.get(P_ID)),
        r.get(P_FIRST),
        r.get(P_LAST),
        email == null ? null : EmailAddress.of(email),
        r.get(P_USERNAME),
        r.get(P_PHONE),
        r.get(P_BIRTHDAY),
        instant(r.get(P_CREATED)),
        instant(r.get(P_UPDATED)),
        r.get(P_VERSION));
  }

  static Customer customer(Record r) {
    LocalDateTime archived = r.get(C_ARCHIVED);
    return new Customer(
        CustomerId.of(r.get(C_ID)),
        OrganizationId.of(r.get(C_ORG)),
        PersonId.of(r.get(C_PERSON)),
        CustomerStatus.valueOf(r.get(C_STATUS)),
        r.get(C_JOINED),
        instant(r.get(C_CREATED)),
        instant(r.get(C_UPDATED)),
        archived == null ? null : instant(archived),
        r.get(C_VERSION));
  }

  /**
   * A roster entry from a plain JDBC row whose columns are, in order, the customer's (organization,
   * id, person, status, joined, created, updated, archived, version) then the person's (id, first,
   * last, email, username, phone, birthday, created, updated, version).
   */
  static RosterEntry entry(ResultSet rs) throws SQLException {
    LocalDateTime archived = rs.getObject(8, LocalDateTime.class);
    Customer customer =
        new Customer(
            CustomerId.of(uuid(rs, 2)),
            OrganizationId.of(uuid(rs, 1)),
            PersonId.of(uuid(rs, 3)),
            CustomerStatus.valueOf(rs.getString(4)),
            rs.getObject(5, LocalDate.class),
            instant(rs.getObject(6, LocalDateTime.class)),
            instant(rs.getObject(7, LocalDateTime.class)),
            archived == null ? null : instant(archived),
            rs.getLong(9));
    String email = rs.getString(13);
    Person person =
        new Person(
            PersonId.of(uuid(rs, 10)),
            rs.getString(11),
            rs.getString(12),
            email == null ? null : EmailAddress.of(email),
            rs.getString(14),
            rs.getString(15),
            rs.getObject(16, LocalDate.class),
            instant(rs.getObject(17, LocalDateTime.class)),
            instant(rs.getObject(18, LocalDateTime.class)),
            rs.getLong(19));
    return new RosterEntry(customer, person);
  }

  private static UUID uuid(ResultSet rs, int column) throws SQLException {
    Object value = rs.getObject(column);
    return value instanceof UUID uuid ? uuid : UUID.fromString(value.toString());
  }

  static RosterEntry entry(Record r) {
    return new RosterEntry(customer(r), person(r));
  }
}
