package dev.customers.jdbc;

import static dev.customers.jdbc.Schema.*;

import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.Customer;
import dev.customers.api.roster.CustomerStatus;
import dev.customers.api.roster.EmailAddress;
import dev.customers.api.roster.Person;
import dev.customers.api.roster.RosterEntry;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

/** Maps rows to domain records; timestamps are stored as UTC local date-times, exact to the microsecond. */
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
    return new Organization(OrganizationId.of(r.get(O_ID)), r.get(O_NAME), ZoneId.of(r.get(O_TIME_ZONE)),
        instant(r.get(O_CREATED)));
  }

  static Person person(Record r) {
    String email = r.get(P_EMAIL);
    return new Person(PersonId.of(r.get(P_ID)), r.get(P_FIRST), r.get(P_LAST), email == null ? null : EmailAddress.of(email),
        r.get(P_USERNAME), r.get(P_PHONE), r.get(P_BIRTHDAY), instant(r.get(P_CREATED)), instant(r.get(P_UPDATED)),
        r.get(P_VERSION));
  }

  static Customer customer(Record r) {
    LocalDateTime archived = r.get(C_ARCHIVED);
    return new Customer(CustomerId.of(r.get(C_ID)), OrganizationId.of(r.get(C_ORG)), PersonId.of(r.get(C_PERSON)),
        CustomerStatus.valueOf(r.get(C_STATUS)), r.get(C_JOINED), instant(r.get(C_CREATED)), instant(r.get(C_UPDATED)),
        archived == null ? null : instant(archived), r.get(C_VERSION));
  }

  static RosterEntry entry(Record r) {
    return new RosterEntry(customer(r), person(r));
  }
}
