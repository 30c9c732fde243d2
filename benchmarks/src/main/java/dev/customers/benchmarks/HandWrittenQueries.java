package dev.customers.benchmarks;

import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import dev.customers.api.roster.Customer;
import dev.customers.api.roster.CustomerStatus;
import dev.customers.api.roster.EmailAddress;
import dev.customers.api.roster.MatchTier;
import dev.customers.api.roster.Person;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchHit;
import dev.customers.api.spi.SearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The anchor: what a developer would write by hand with plain JDBC over the same schema and
 * indexes, mapping rows to the same domain records.
 */
final class HandWrittenQueries {
  static final String COLUMNS =
      "c.organization_id, c.id, c.person_id, c.status, c.joined_on, c.created_at, "
          + "c.updated_at, c.archived_at, c.version, p.first_name, p.last_name, p.email, p.username, p.phone, p.birthday, "
          + "p.created_at, p.updated_at, p.version";
  private static final String PROFILE =
      "select "
          + COLUMNS
          + " from cs_customers c join cs_persons p on p.id = c.person_id "
          + "where c.organization_id = ? and c.id = ?";
  private static final String SEARCH =
      "select "
          + COLUMNS
          + ", case when c.s_email = ? then 0 when c.s_first like ? "
          + "or c.s_last like ? or c.s_full like ? or c.s_email like ? or c.s_username like ? then 1 else 2 end as tier "
          + "from cs_customers c join cs_persons p on p.id = c.person_id "
          + "where c.organization_id = ? and c.status = 'ACTIVE' and c.s_all like ? "
          + "order by tier, c.sort_name, c.id limit ?";

  private static final String RANK =
      "select c.id, case when c.s_email = ? then 0 when c.s_first like ? "
          + "or c.s_last like ? or c.s_full like ? or c.s_email like ? or c.s_username like ? then 1 else 2 end as tier "
          + "from cs_customers c where c.organization_id = ? and c.status = 'ACTIVE' and c.s_all like ? "
          + "order by tier, c.sort_name, c.id limit ?";

  private final DataSource dataSource;

  HandWrittenQueries(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  RosterEntry profile(OrganizationId org, CustomerId id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(PROFILE)) {
      s.setObject(1, org.value());
      s.setObject(2, id.value());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("no customer " + id);
        }
        return entry(rs);
      }
    }
  }

  List<SearchHit> search(OrganizationId org, String text, int limit) throws SQLException {
    String q = SearchText.normalize(text);
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(SEARCH)) {
      bindSearch(s, org, q, limit);
      List<SearchHit> hits = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next() && hits.size() < limit) {
          hits.add(new SearchHit(entry(rs), tier(rs.getInt("tier"))));
        }
      }
      return hits;
    }
  }

  /**
   * The same search in the SDK's plan: rank and cut the page on customers, then join persons for
   * the page.
   */
  List<SearchHit> searchTwoStep(OrganizationId org, String text, int limit) throws SQLException {
    String q = SearchText.normalize(text);
    try (Connection c = dataSource.getConnection()) {
      List<UUID> ids = new ArrayList<>();
      List<Integer> tiers = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(RANK)) {
        bindSearch(s, org, q, limit);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next() && ids.size() < limit) {
            ids.add(rs.getObject(1, UUID.class));
            tiers.add(rs.getInt(2));
          }
        }
      }
      if (ids.isEmpty()) {
        return List.of();
      }
      java.util.Map<UUID, RosterEntry> entries = new java.util.HashMap<>();
      String in = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
      try (PreparedStatement s =
          c.prepareStatement(
              "select "
                  + COLUMNS
                  + " from cs_customers c join cs_persons p "
                  + "on p.id = c.person_id where c.organization_id = ? and c.id in ("
                  + in
                  + ")")) {
        s.setObject(1, org.value());
        for (int i = 0; i < ids.size(); i++) {
          s.setObject(i + 2, ids.get(i));
        }
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            RosterEntry entry = entry(rs);
            entries.put(entry.id().value(), entry);
          }
        }
      }
      List<SearchHit> hits = new ArrayList<>(ids.size());
      for (int i = 0; i < ids.size(); i++) {
        hits.add(
            new SearchHit(
                java.util.Objects.requireNonNull(entries.get(ids.get(i)), "hit"),
                tier(tiers.get(i))));
      }
      return hits;
    }
  }

  /**
   * Both search forms take the same values: exact text, five prefixes, organization, substring,
   * limit.
   */
  private static void bindSearch(PreparedStatement s, OrganizationId org, String q, int limit)
      throws SQLException {
    s.setString(1, q);
    for (int i = 2; i <= 6; i++) {
      s.setString(i, q + "%");
    }
    s.setObject(7, org.value());
    s.setString(8, "%" + q + "%");
    s.setInt(9, limit + 1);
  }

  static RosterEntry entry(ResultSet rs) throws SQLException {
    Timestamp archived = rs.getTimestamp(8);
    Customer customer =
        new Customer(
            CustomerId.of(rs.getObject(2, UUID.class)),
            OrganizationId.of(rs.getObject(1, UUID.class)),
            PersonId.of(rs.getObject(3, UUID.class)),
            CustomerStatus.valueOf(rs.getString(4)),
            rs.getObject(5, LocalDate.class),
            rs.getTimestamp(6).toLocalDateTime().toInstant(ZoneOffset.UTC),
            rs.getTimestamp(7).toLocalDateTime().toInstant(ZoneOffset.UTC),
            archived == null ? null : archived.toLocalDateTime().toInstant(ZoneOffset.UTC),
            rs.getLong(9));
    String email = rs.getString(12);
    Person person =
        new Person(
            customer.personId(),
            rs.getString(10),
            rs.getString(11),
            email == null ? null : EmailAddress.of(email),
            rs.getString(13),
            rs.getString(14),
            rs.getObject(15, LocalDate.class),
            rs.getTimestamp(16).toLocalDateTime().toInstant(ZoneOffset.UTC),
            rs.getTimestamp(17).toLocalDateTime().toInstant(ZoneOffset.UTC),
            rs.getLong(18));
    return new RosterEntry(customer, person);
  }

  /**
   * The tier a rank from the hand-written SQL stands for (0 exact email, 1 prefix, 2 substring).
   */
  private static MatchTier tier(int rank) {
    return switch (rank) {
      case 0 -> MatchTier.EXACT_EMAIL;
      case 1 -> MatchTier.PREFIX;
      default -> MatchTier.SUBSTRING;
    };
  }
}
