package dev.customers.benchmarks;

import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;
import dev.customers.api.StaffRole;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.metrics.MetricDefinition;
import dev.customers.api.metrics.MetricSpec;
import dev.customers.api.roster.Comparison;
import dev.customers.api.roster.CustomerFilter;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.roster.SearchQuery;
import dev.customers.api.spi.SearchText;
import dev.customers.api.tags.Tag;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A segment (tag + custom field + metric) and a search that only custom field values answer,
 * through the SDK and as hand-written JDBC over the same schema and indexes, on a large roster with
 * profile data. Rounds interleave the two, the first is discarded, the median ratio
 * SDK/hand-written is reported.
 *
 * <p>Arguments: database ({@code postgres} or {@code h2}), customers (default 100000), rounds
 * (default 11), queries per round (default 200).
 */
public final class SegmentComparison {
  private static final List<String> LEVELS = List.of("Beginner", "Intermediate", "Advanced");

  /** The segment as a developer would join it by hand. */
  private static final String SEGMENT =
      "select "
          + HandWrittenQueries.COLUMNS
          + " from cs_customers c "
          + "join cs_persons p on p.id = c.person_id "
          + "join cs_customer_tags t on t.organization_id = c.organization_id and t.customer_id = c.id and t.tag_id = ? "
          + "join cs_field_values v on v.organization_id = c.organization_id and v.owner_id = c.id and v.field_id = ? "
          + "and v.v_key = ? "
          + "join cs_metric_current m on m.organization_id = c.organization_id and m.customer_id = c.id and m.metric_id = ? "
          + "and m.reading_value >= ? "
          + "where c.organization_id = ? and c.status = 'ACTIVE' order by c.sort_name, c.id limit ?";

  /** Customers whose club field contains the text, by name. */
  private static final String FIELD_SEARCH =
      "select "
          + HandWrittenQueries.COLUMNS
          + " from cs_customers c "
          + "join cs_persons p on p.id = c.person_id "
          + "where c.organization_id = ? and c.status = 'ACTIVE' and c.s_all not like ? and exists (select 1 from "
          + "cs_field_values v where v.organization_id = c.organization_id and v.owner_id = c.id and v.field_id = ? "
          + "and v.v_search like ?) order by c.sort_name, c.id limit ?";

  private SegmentComparison() {}

  /** Runs the comparison and prints its figures. */
  public static void main(String[] args) throws Exception {
    String kind = args.length > 0 ? args[0] : "postgres";
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 11;
    int queries = args.length > 3 ? Integer.parseInt(args[3]) : 200;
    try (RosterFixture f = new RosterFixture(kind, count)) {
      var owner =
          dev.customers.api.Caller.of(
              f.organization.id(), dev.customers.api.Actor.staff("owner", StaffRole.OWNER));
      FieldDefinition level =
          f.sdk
              .fields()
              .define(
                  owner,
                  FieldSpec.of("level", "Level", FieldType.SINGLE_CHOICE).withChoices(LEVELS));
      FieldDefinition club =
          f.sdk.fields().define(owner, FieldSpec.of("club", "Club", FieldType.TEXT));
      Tag vip = f.sdk.tags().create(owner, "VIP", "#d4a017");
      MetricDefinition visits =
          f.sdk.metrics().define(owner, MetricSpec.counter("visits", "Visits"));
      long start = System.nanoTime();
      load(f.anchorPool, f.organization.id(), f.customers, level, club, vip, visits);
      System.out.printf(
          Locale.ROOT,
          "%s: %,d customers with a level, a club, a VIP tag on 40%% and visits, loaded in %.1f s%n",
          kind,
          count,
          (System.nanoTime() - start) / 1e9);

      CustomerQuery segment =
          CustomerQuery.active()
              .withFilter(
                  CustomerFilter.allOf(
                      CustomerFilter.tag(vip.id()),
                      CustomerFilter.field("level", Comparison.EQ, "Advanced"),
                      CustomerFilter.metric("visits", Comparison.GE, new BigDecimal("40"))));
      List<String> clubs = List.of("club 17", "club 250", "club 499", "b 33");
      List<Double> segmentRatios = new ArrayList<>();
      List<Double> searchRatios = new ArrayList<>();
      List<Double> segmentSdk = new ArrayList<>();
      List<Double> segmentHand = new ArrayList<>();
      List<Double> searchSdk = new ArrayList<>();
      List<Double> searchHand = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        double[] segmentMicros = new double[2];
        double[] searchMicros = new double[2];
        for (int pass = 0; pass < 2; pass++) {
          boolean sdk = (pass + round) % 2 == 0;
          long t0 = System.nanoTime();
          for (int i = 0; i < queries; i++) {
            if (sdk) {
              check(f.sdk.roster().list(f.caller, segment).items().size());
            } else {
              check(segmentByHand(f.anchorPool, f.organization.id(), vip, level, visits).size());
            }
          }
          segmentMicros[sdk ? 0 : 1] = (System.nanoTime() - t0) / 1e3 / queries;
          long t1 = System.nanoTime();
          for (int i = 0; i < queries; i++) {
            String text = clubs.get(i % clubs.size());
            if (sdk) {
              f.sdk.roster().search(f.caller, SearchQuery.of(text));
            } else {
              searchByHand(f.anchorPool, f.organization.id(), club, text);
            }
          }
          searchMicros[sdk ? 0 : 1] = (System.nanoTime() - t1) / 1e3 / queries;
        }
        System.out.printf(
            Locale.ROOT,
            "round %2d%s  segment sdk %8.1f us  hand %8.1f us  ratio %.2f | field search sdk %8.1f us"
                + "  hand %8.1f us  ratio %.2f%n",
            round,
            round == 0 ? " (warm-up, discarded)" : "",
            segmentMicros[0],
            segmentMicros[1],
            segmentMicros[0] / segmentMicros[1],
            searchMicros[0],
            searchMicros[1],
            searchMicros[0] / searchMicros[1]);
        if (round > 0) {
          segmentRatios.add(segmentMicros[0] / segmentMicros[1]);
          searchRatios.add(searchMicros[0] / searchMicros[1]);
          segmentSdk.add(segmentMicros[0]);
          segmentHand.add(segmentMicros[1]);
          searchSdk.add(searchMicros[0]);
          searchHand.add(searchMicros[1]);
        }
      }
      System.out.printf(
          Locale.ROOT, "%s, %,d customers, median of %d rounds:%n", kind, count, rounds - 1);
      System.out.printf(
          Locale.ROOT,
          "  segment (tag + field + metric, page of 50): sdk %.1f us, hand-written joins %.1f us, "
              + "ratio %.2f%n",
          ReadComparison.median(segmentSdk),
          ReadComparison.median(segmentHand),
          ReadComparison.median(segmentRatios));
      System.out.printf(
          Locale.ROOT,
          "  search answered by a field value: sdk %.1f us, hand-written %.1f us, ratio %.2f%n",
          ReadComparison.median(searchSdk),
          ReadComparison.median(searchHand),
          ReadComparison.median(searchRatios));
    }
  }

  private static void check(int size) {
    if (size == 0) {
      throw new IllegalStateException("the segment should not be empty");
    }
  }

  private static List<RosterEntry> segmentByHand(
      DataSource dataSource,
      OrganizationId org,
      Tag vip,
      FieldDefinition level,
      MetricDefinition visits)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(SEGMENT)) {
      s.setObject(1, vip.id().value());
      s.setObject(2, level.id().value());
      s.setString(3, "Advanced");
      s.setObject(4, visits.id().value());
      s.setBigDecimal(5, new BigDecimal("40"));
      s.setObject(6, org.value());
      s.setInt(7, CustomerQuery.DEFAULT_LIMIT + 1);
      return entries(s);
    }
  }

  private static List<RosterEntry> searchByHand(
      DataSource dataSource, OrganizationId org, FieldDefinition club, String text)
      throws SQLException {
    String pattern = "%" + SearchText.normalize(text) + "%";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(FIELD_SEARCH)) {
      s.setObject(1, org.value());
      s.setString(2, pattern);
      s.setObject(3, club.id().value());
      s.setString(4, pattern);
      s.setInt(5, SearchQuery.DEFAULT_LIMIT + 1);
      return entries(s);
    }
  }

  private static List<RosterEntry> entries(PreparedStatement s) throws SQLException {
    List<RosterEntry> found = new ArrayList<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        found.add(HandWrittenQueries.entry(rs));
      }
    }
    return found;
  }

  /**
   * Writes the rows the SDK would write for each customer's level, club, VIP tag (40%) and visits.
   */
  private static void load(
      DataSource dataSource,
      OrganizationId org,
      List<CustomerId> customers,
      FieldDefinition level,
      FieldDefinition club,
      Tag vip,
      MetricDefinition visits)
      throws SQLException {
    Random random = new Random(11);
    Timestamp now = Timestamp.valueOf(LocalDateTime.of(2026, 3, 2, 10, 0));
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement values =
              c.prepareStatement(
                  "insert into cs_field_values (organization_id, field_id, owner_id, "
                      + "ordinal, v_text, v_key, v_num, v_date, v_search) values (?, ?, ?, 0, ?, ?, null, null, ?)");
          PreparedStatement tags =
              c.prepareStatement(
                  "insert into cs_customer_tags (organization_id, tag_id, customer_id) values (?, ?, ?)");
          PreparedStatement readings =
              c.prepareStatement(
                  "insert into cs_metric_readings (organization_id, id, customer_id, "
                      + "metric_id, reading_value, recorded_at, source, recorded_by) values (?, ?, ?, ?, ?, ?, 'load', 'system:bench')");
          PreparedStatement current =
              c.prepareStatement(
                  "insert into cs_metric_current (organization_id, customer_id, "
                      + "metric_id, reading_id, reading_value, recorded_at, source, recorded_by) "
                      + "values (?, ?, ?, ?, ?, ?, 'load', 'system:bench')")) {
        for (int i = 0; i < customers.size(); i++) {
          UUID customer = customers.get(i).value();
          String levelValue = LEVELS.get(random.nextInt(LEVELS.size()));
          addValue(values, org, level, customer, levelValue);
          addValue(values, org, club, customer, "Club " + random.nextInt(500));
          if (random.nextInt(10) < 4) {
            tags.setObject(1, org.value());
            tags.setObject(2, vip.id().value());
            tags.setObject(3, customer);
            tags.addBatch();
          }
          UUID reading = new UUID(i, 42);
          BigDecimal value = BigDecimal.valueOf(random.nextInt(51));
          for (PreparedStatement s : List.of(readings, current)) {
            s.setObject(1, org.value());
            s.setObject(2, s == readings ? reading : customer);
            s.setObject(3, s == readings ? customer : visits.id().value());
            s.setObject(4, s == readings ? visits.id().value() : reading);
            s.setBigDecimal(5, value);
            s.setTimestamp(6, now);
            s.addBatch();
          }
          if (i % 1000 == 999 || i == customers.size() - 1) {
            values.executeBatch();
            tags.executeBatch();
            readings.executeBatch();
            current.executeBatch();
          }
        }
      }
      c.commit();
      try (var s = c.createStatement()) {
        if (c.getMetaData()
            .getDatabaseProductName()
            .toLowerCase(Locale.ROOT)
            .contains("postgres")) {
          for (String table :
              List.of("cs_field_values", "cs_customer_tags", "cs_metric_current", "cs_customers")) {
            s.execute("analyze " + table);
          }
        } else {
          s.execute("analyze");
        }
      }
      c.commit();
    }
  }

  private static void addValue(
      PreparedStatement values, OrganizationId org, FieldDefinition field, UUID owner, String text)
      throws SQLException {
    values.setObject(1, org.value());
    values.setObject(2, field.id().value());
    values.setObject(3, owner);
    values.setString(4, text);
    values.setString(5, text);
    values.setString(6, SearchText.fieldText(field.type(), text));
    values.addBatch();
  }
}
