package dev.customers.benchmarks;

import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import dev.customers.api.roster.EmailAddress;
import dev.customers.api.roster.Person;
import dev.customers.api.spi.IdSource;
import dev.customers.api.spi.SearchFields;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Loads a large roster straight into the SDK's schema with JDBC batches, writing the same rows the
 * SDK writes (search fields from {@link SearchFields}); going through the service would take one
 * transaction per customer.
 */
final class RosterData {
  static final List<String> FIRST =
      List.of(
          "Ann", "Anna", "Ben", "Björn", "Chloé", "Dmitri", "Elif", "Fatima", "Grace", "Hiro",
          "Ines", "Jon", "Kofi", "Lena", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sven",
          "Tara", "Uma", "Zoë");
  static final List<String> LAST =
      List.of(
          "Abbott",
          "Brown",
          "Castillo",
          "Dubois",
          "Eriksson",
          "Fischer",
          "García",
          "Hughes",
          "Ivanova",
          "Jensen",
          "Kowalski",
          "Lee",
          "Müller",
          "Nakamura",
          "O'Brien",
          "Patel",
          "Quispe",
          "Rossi",
          "Smith",
          "Tanaka",
          "Umarov",
          "Varga",
          "Walker",
          "Yilmaz",
          "Zhang");

  private RosterData() {}

  /** One generated customer: the same rows for every storage, by seed and position. */
  record Row(
      String first, String last, String email, String username, String phone, LocalDate birthday) {

    dev.customers.api.roster.CustomerDetails details() {
      return dev.customers.api.roster.CustomerDetails.of(first, last)
          .withEmail(email)
          .withUsername(username)
          .withPhone(phone)
          .withBirthday(birthday);
    }
  }

  /** The {@code i}th row, drawing from {@code random} (seeded 42 for the standard roster). */
  static Row row(Random random, int i) {
    String first = FIRST.get(random.nextInt(FIRST.size()));
    String last = LAST.get(random.nextInt(LAST.size()));
    String email =
        (first + "." + last + i).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.]", "")
            + "@example.com";
    LocalDate birthday =
        LocalDate.of(1950 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
    String phone = "+44 20 " + (7000_0000 + random.nextInt(9999_9999 - 7000_0000));
    return new Row(first, last, email, "user" + i, phone, birthday);
  }

  /** Inserts {@code count} active customers into {@code org}; returns their ids. */
  static List<CustomerId> load(DataSource dataSource, OrganizationId org, int count, IdSource ids)
      throws SQLException {
    Random random = new Random(42);
    List<CustomerId> customers = new ArrayList<>(count);
    LocalDateTime now = LocalDateTime.of(2026, 3, 2, 10, 0);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement persons =
              c.prepareStatement(
                  "insert into cs_persons (id, first_name, last_name, email, "
                      + "username, phone, birthday, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
          PreparedStatement rows =
              c.prepareStatement(
                  "insert into cs_customers (organization_id, id, person_id, status, "
                      + "joined_on, created_at, updated_at, archived_at, version, sort_name, s_first, s_last, s_full, s_email, "
                      + "s_username, s_phone, s_all, email_key, active_email_key, birth_md) "
                      + "values (?, ?, ?, 'ACTIVE', ?, ?, ?, null, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < count; i++) {
          Row row = row(random, i);
          String first = row.first();
          String last = row.last();
          String email = row.email();
          LocalDate birthday = row.birthday();
          String phone = row.phone();
          Person person =
              new Person(
                  PersonId.of(ids.next()),
                  first,
                  last,
                  EmailAddress.of(email),
                  "user" + i,
                  phone,
                  birthday,
                  now.toInstant(java.time.ZoneOffset.UTC),
                  now.toInstant(java.time.ZoneOffset.UTC),
                  1);
          SearchFields f = SearchFields.of(person);
          CustomerId id = CustomerId.of(ids.next());
          customers.add(id);
          persons.setObject(1, person.id().value());
          persons.setString(2, first);
          persons.setString(3, last);
          persons.setString(4, email);
          persons.setString(5, person.username());
          persons.setString(6, phone);
          persons.setObject(7, birthday);
          persons.setTimestamp(8, Timestamp.valueOf(now));
          persons.setTimestamp(9, Timestamp.valueOf(now));
          persons.addBatch();
          rows.setObject(1, org.value());
          rows.setObject(2, id.value());
          rows.setObject(3, person.id().value());
          rows.setObject(4, LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000)));
          rows.setTimestamp(5, Timestamp.valueOf(now));
          rows.setTimestamp(6, Timestamp.valueOf(now));
          rows.setString(7, f.sortName());
          rows.setString(8, f.first());
          rows.setString(9, f.last());
          rows.setString(10, f.full());
          rows.setString(11, f.email());
          rows.setString(12, f.username());
          rows.setString(13, f.phoneDigits());
          rows.setString(14, f.all());
          rows.setString(15, email);
          rows.setString(16, email);
          rows.setInt(17, birthday.getMonthValue() * 100 + birthday.getDayOfMonth());
          rows.addBatch();
          if (i % 1000 == 999 || i == count - 1) {
            persons.executeBatch();
            rows.executeBatch();
          }
        }
      }
      c.commit();
      try (var s = c.createStatement()) {
        String product =
            c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        if (product.contains("postgres")) {
          s.execute("analyze cs_customers");
          s.execute("analyze cs_persons");
        } else if (product.contains("maria") || product.contains("mysql")) {
          s.execute("analyze table cs_customers, cs_persons");
        } else {
          s.execute("analyze");
        }
      }
      c.commit();
    }
    return customers;
  }
}
