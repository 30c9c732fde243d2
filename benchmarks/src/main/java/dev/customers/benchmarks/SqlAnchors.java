package dev.customers.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.customers.api.OrganizationId;
import dev.customers.api.spi.SearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jspecify.annotations.Nullable;

/**
 * The SQL anchors of the search benchmark, in plain JDBC on the SDK's own tables and indexes: the
 * best ranked search written by hand (the SDK's tiers and order, and its answer: each hit's
 * customer and person), and the floor, an unordered trigram lookup with {@code LIMIT 20} that ranks
 * nothing.
 */
final class SqlAnchors implements AutoCloseable {
  private final HikariDataSource pool;
  private final String kind;

  SqlAnchors(BenchDatabase database) {
    this.kind = database.kind();
    pool = new HikariDataSource();
    pool.setJdbcUrl(database.url());
    pool.setUsername(database.user());
    pool.setPassword("");
    pool.setMaximumPoolSize(4);
  }

  HikariDataSource pool() {
    return pool;
  }

  void analyze() throws SQLException {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      switch (kind) {
        case "postgres" -> s.execute("analyze");
        case "mariadb" -> s.execute("analyze table cs_customers, cs_persons, cs_field_values");
        default -> s.execute("analyze");
      }
    }
  }

  /** The one organization of a kept benchmark database. */
  OrganizationId organization() throws SQLException {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select id from cs_organizations")) {
      rs.next();
      return OrganizationId.of(java.util.UUID.fromString(rs.getString(1)));
    }
  }

  /** The floor: the first {@code limit} customers holding the text, in no order. */
  int floor(OrganizationId org, String query, int limit) throws SQLException {
    String text = SearchText.normalize(query);
    try (Connection c = pool.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select id from cs_customers where organization_id = ? and s_all like ? limit ?")) {
      s.setObject(1, id(org));
      s.setString(2, "%" + escape(text) + "%");
      s.setInt(3, limit);
      return count(s);
    }
  }

  /** What a search hit returns: the customer's row and its person's, as the SDK reads them. */
  private static final String ENTRY =
      "c.organization_id, c.id, c.person_id, c.status, c.joined_on, c.created_at, c.updated_at,"
          + " c.archived_at, c.version, p.id, p.first_name, p.last_name, p.email, p.username,"
          + " p.phone, p.birthday, p.created_at, p.updated_at, p.version";

  /**
   * The page ranked in a derived table on the customers table alone, then its customers and persons
   * joined by key: the same answer the SDK returns.
   */
  private static String withEntries(String ranked) {
    return "select "
        + ENTRY
        + ", r.sort_name, r.tier from ("
        + ranked
        + ") r join cs_customers c on c.organization_id = ? and c.id = r.id"
        + " join cs_persons p on p.id = c.person_id order by r.tier, r.sort_name, r.id";
  }

  /**
   * The best ranked search by hand: exact email, then prefix, then substring, each by sort name and
   * id, the first {@code want} of them, with their rows.
   */
  int ranked(OrganizationId org, String query, int want) throws SQLException {
    String text = SearchText.normalize(query);
    String digits = SearchText.isPhoneQuery(query) ? SearchText.digits(query) : null;
    String starts = escape(text) + "%";
    String inside = "%" + escape(text) + "%";
    String prefix =
        "s_first like ? or s_last like ? or s_full like ? or s_email like ? or s_username like ?"
            + (digits == null ? "" : " or s_phone like ?");
    String sql =
        "select id, sort_name, case when s_email = ? then 0 when "
            + prefix
            + " then 1 else 2 end as tier from cs_customers where organization_id = ?"
            + " and status = 'ACTIVE' and (s_all like ?"
            + (digits == null ? "" : " or s_phone like ?")
            + ") order by tier, sort_name, id limit ?";
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement(withEntries(sql))) {
      int i = 1;
      s.setString(i++, text);
      for (int k = 0; k < 5; k++) {
        s.setString(i++, starts);
      }
      if (digits != null) {
        s.setString(i++, digits + "%");
      }
      s.setObject(i++, id(org));
      s.setString(i++, inside);
      if (digits != null) {
        s.setString(i++, "%" + digits + "%");
      }
      s.setInt(i++, want);
      s.setObject(i, id(org));
      int found = count(s);
      return found < want ? found + fieldTier(c, org, text, digits, want - found) : found;
    }
  }

  /**
   * Customers matching no name but holding the text in a field value, when the page has room: the
   * same answer as the SDK's, which searches the field values a caller may view.
   */
  private int fieldTier(
      Connection c, OrganizationId org, String text, @Nullable String digits, int room)
      throws SQLException {
    String inside = "%" + escape(text) + "%";
    String sql =
        "select id, sort_name, 3 as tier from cs_customers where organization_id = ?"
            + " and status = 'ACTIVE'"
            + " and s_all not like ?"
            + (digits == null ? "" : " and (s_phone is null or s_phone not like ?)")
            + " and id in (select owner_id from cs_field_values where organization_id = ?"
            + " and v_search like ?) order by sort_name, id limit ?";
    try (PreparedStatement s = c.prepareStatement(withEntries(sql))) {
      int i = 1;
      s.setObject(i++, id(org));
      s.setString(i++, inside);
      if (digits != null) {
        s.setString(i++, "%" + digits + "%");
      }
      s.setObject(i++, id(org));
      s.setString(i++, inside);
      s.setInt(i++, room);
      s.setObject(i, id(org));
      return count(s);
    }
  }

  private Object id(OrganizationId org) {
    return kind.equals("mariadb") ? org.toString() : org.value();
  }

  private static int count(PreparedStatement s) throws SQLException {
    int n = 0;
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        n++;
      }
    }
    return n;
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  @Override
  public void close() {
    pool.close();
  }
}
