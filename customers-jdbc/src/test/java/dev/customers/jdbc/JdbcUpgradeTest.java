package dev.customers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.CustomerId;
import dev.customers.api.FieldId;
import dev.customers.api.MetricId;
import dev.customers.api.NoteId;
import dev.customers.api.OrganizationId;
import dev.customers.api.PageRequest;
import dev.customers.api.PersonId;
import dev.customers.api.StaffRole;
import dev.customers.api.TagId;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.consent.ConsentPurpose;
import dev.customers.api.consent.ConsentRecord;
import dev.customers.api.consent.ConsentStatus;
import dev.customers.api.fields.FieldAccess;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.fields.FieldScope;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.metrics.MetricDefinition;
import dev.customers.api.metrics.MetricReading;
import dev.customers.api.metrics.MetricSpec;
import dev.customers.api.notes.Note;
import dev.customers.api.notes.NoteRevision;
import dev.customers.api.notes.NoteVisibility;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.Customer;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.CustomerStatus;
import dev.customers.api.roster.EmailAddress;
import dev.customers.api.roster.Person;
import dev.customers.api.roster.StatusFilter;
import dev.customers.api.spi.Criterion;
import dev.customers.api.spi.NoteScope;
import dev.customers.api.spi.OutboxMessage;
import dev.customers.api.spi.SchemaTooNewException;
import dev.customers.api.spi.StoreSession;
import dev.customers.api.spi.StoredFieldValue;
import dev.customers.api.tags.Tag;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database migrated by the released configuration (V1 and V2 in the dialect's folder, nothing
 * else), holding customers, fields, tags, notes, metrics and consent, opens under the new layout:
 * its history validates, a timestamped migration written once with placeholders applies on top, and
 * every value reads back the same.
 */
class JdbcUpgradeTest {
  private static final Instant AT = Instant.parse("2026-03-02T10:00:00.123456Z");
  private static final OrganizationId ORG =
      OrganizationId.parse("0190a000-0000-7000-8000-000000000001");

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres", "mariadb"})
  void databaseMadeByV1AndV2_migratesToTheNewLayout_andReadsBackTheSame(String kind)
      throws Exception {
    TestDatabase database = TestDatabase.of(kind);
    try (com.zaxxer.hikari.HikariDataSource pool = JdbcStorage.pool(database.settings())) {
      SQLDialect dialect = dialect(pool);
      // The release's own configuration: the dialect's folder, no placeholders, no common folder.
      Flyway.configure(JdbcStorage.class.getClassLoader())
          .dataSource(pool)
          .locations(Migrations.ROOT + Migrations.folder(dialect))
          .table("cs_schema_history")
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .target("2")
          .load()
          .migrate();
      List<String> released = history(pool, dialect, currentSchema(pool, dialect));
      assertThat(released).containsExactly("1", "2");

      Settings settings =
          SchemaPlacement.mapped(
              new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER),
              currentSchema(pool, dialect));
      DSL.using(pool, dialect, settings).transaction(c -> write(new JooqSession(c.dsl(), false)));
      Map<String, Object> before =
          DSL.using(pool, dialect, settings)
              .transactionResult(c -> read(new JooqSession(c.dsl(), true)));
      assertThat(before.get("roster").toString()).contains("Ada", "Zoë");

      // No schema named: an earlier version's tables in the connection's schema are found there.
      String schema = SchemaPlacement.resolve(pool, dialect, null);
      assertThat(schema).isNotEqualToIgnoringCase(SchemaPlacement.DEFAULT);
      Migrations.migrate(pool, dialect, schema, "classpath:dev/customers/jdbc/upgradeprobe");
      List<String> shipped = new java.util.ArrayList<>(List.of("1", "2", "2026.11.24.0955"));
      if (dialect == SQLDialect.H2) {
        shipped.add("2026.11.24.1430"); // H2's choices column widened; the others hold text
      }
      if (dialect.family() == SQLDialect.POSTGRES) {
        shipped.add("2026.11.24.1500"); // the trigram indexes
      }
      shipped.add("2026.11.25.0900"); // family accounts
      shipped.add("2026.11.25.1000"); // account invites and credentials
      shipped.add("2026.11.25.1100"); // forms and submissions
      shipped.add("2026.11.25.1200"); // imports, their sources and failed rows, external ids
      shipped.add("2099.01.01.0000");
      assertThat(history(pool, dialect, schema)).containsExactlyElementsOf(shipped);
      Map<String, Object> after =
          DSL.using(pool, dialect, settings)
              .transactionResult(c -> read(new JooqSession(c.dsl(), true)));
      assertThat(after).isEqualTo(before);
      assertThat(after.get("fieldValues").toString()).contains("Leeds", "Pilates", "38.5");
      // The probe stands for a newer SDK's migration: this SDK refuses the schema it left.
      String newest = shipped.get(shipped.size() - 2);
      assertThatThrownBy(() -> JdbcStorage.create(pool))
          .isInstanceOfSatisfying(
              SchemaTooNewException.class,
              e -> {
                assertThat(e.found()).isEqualTo("2099.01.01.0000");
                assertThat(e.newestKnown()).isEqualTo(newest);
                assertThat(e.getMessage()).contains("2099.01.01.0000", newest);
              });
      try (Connection c = pool.getConnection();
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select count(*) from cs_upgrade_probe")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(2);
      }
    } finally {
      database.drop();
    }
  }

  private static SQLDialect dialect(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return JDBCUtils.dialect(c);
    }
  }

  /** The versions the history table records as applied, oldest first (the baseline left out). */
  private static String currentSchema(DataSource dataSource, SQLDialect dialect)
      throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return dialect.family() == SQLDialect.MARIADB ? c.getCatalog() : c.getSchema();
    }
  }

  private static List<String> history(DataSource dataSource, SQLDialect dialect, String schema) {
    return java.util.Arrays.stream(
            Migrations.configure(
                    dataSource, dialect, schema, "classpath:dev/customers/jdbc/upgradeprobe")
                .load()
                .info()
                .applied())
        .filter(m -> m.getVersion() != null && !m.getVersion().getVersion().equals("0"))
        .map(m -> m.getVersion().getVersion())
        .toList();
  }

  private static UUID id(int n) {
    return UUID.fromString(String.format("0190a000-0000-7000-8000-%012d", n));
  }

  private void write(StoreSession s) {
    s.organizations().insert(new Organization(ORG, "Sunrise Yoga", ZoneId.of("Europe/London"), AT));
    Person ada =
        new Person(
            PersonId.of(id(10)),
            "Ada",
            "Lovelace",
            EmailAddress.of("ada@example.com"),
            "ada",
            "+44 20 7946 0018",
            LocalDate.of(1990, 12, 10),
            AT,
            AT,
            3);
    Person ben =
        new Person(PersonId.of(id(11)), "Zoë", "Ångström", null, null, null, null, AT, AT, 1);
    s.persons().insert(ada);
    s.persons().insert(ben);
    Customer adaOnRoster =
        new Customer(
            CustomerId.of(id(20)),
            ORG,
            ada.id(),
            CustomerStatus.ACTIVE,
            LocalDate.of(2025, 1, 2),
            AT,
            AT,
            null,
            3);
    Customer benOnRoster =
        new Customer(
            CustomerId.of(id(21)),
            ORG,
            ben.id(),
            CustomerStatus.ARCHIVED,
            LocalDate.of(2025, 2, 3),
            AT,
            AT,
            AT,
            2);
    s.customers().insert(adaOnRoster);
    s.customers().insert(benOnRoster);
    s.audit()
        .append(
            new AuditEntry(
                id(30),
                ORG,
                adaOnRoster.id(),
                "customer.updated",
                "staff:amy(ADMIN)",
                "moved",
                AT,
                List.of(
                    new FieldChange("phone", null, "+44 20 7946 0018"),
                    new FieldChange("city", "York", "Leeds"))));
    s.outbox()
        .append(new OutboxMessage(id(31), ORG, "customer.updated", AT, "{\"customerId\":\"x\"}"));
    FieldAccess access = new FieldAccess(StaffRole.STAFF, StaffRole.ADMIN, true, false);
    FieldDefinition city =
        new FieldDefinition(
            FieldId.of(id(40)),
            ORG,
            new FieldSpec(
                "city",
                "City",
                "where they live",
                FieldType.TEXT,
                false,
                List.of(),
                FieldScope.PERSON,
                access,
                true,
                false),
            0,
            false,
            AT,
            AT,
            1);
    FieldDefinition styles =
        new FieldDefinition(
            FieldId.of(id(41)),
            ORG,
            new FieldSpec(
                "styles",
                "Styles",
                "",
                FieldType.MULTIPLE_CHOICE,
                true,
                List.of("Yoga", "Pilates"),
                FieldScope.ROSTER,
                access,
                false,
                true),
            1,
            false,
            AT,
            AT,
            2);
    FieldDefinition size =
        new FieldDefinition(
            FieldId.of(id(42)),
            ORG,
            new FieldSpec(
                "size",
                "Size",
                "",
                FieldType.DECIMAL,
                false,
                List.of(),
                FieldScope.ROSTER,
                access,
                false,
                false),
            2,
            true,
            AT,
            AT,
            1);
    s.fields().insert(city);
    s.fields().insert(styles);
    s.fields().insert(size);
    s.fields()
        .put(
            ORG,
            new StoredFieldValue(city.id(), FieldType.TEXT, ada.id().value(), List.of("Leeds")));
    s.fields()
        .put(
            ORG,
            new StoredFieldValue(
                styles.id(),
                FieldType.MULTIPLE_CHOICE,
                adaOnRoster.id().value(),
                List.of("Pilates", "Yoga")));
    s.fields()
        .put(
            ORG,
            new StoredFieldValue(
                size.id(), FieldType.DECIMAL, benOnRoster.id().value(), List.of("38.5")));
    Tag vip = new Tag(TagId.of(id(50)), ORG, "VIP", "#ff0000", AT, 1);
    s.tags().insert(vip);
    s.tags().assign(ORG, vip.id(), List.of(adaOnRoster.id(), benOnRoster.id()));
    Note note =
        new Note(
            NoteId.of(id(60)),
            ORG,
            adaOnRoster.id(),
            "staff:amy",
            "Prefers evenings",
            NoteVisibility.STAFF,
            true,
            true,
            AT,
            AT,
            null,
            2);
    s.notes().insert(note);
    s.notes().addRevision(ORG, new NoteRevision(note.id(), 1, "staff:amy", AT, "Prefers mornings"));
    MetricDefinition visits =
        new MetricDefinition(
            MetricId.of(id(70)), ORG, MetricSpec.counter("visits", "Visits"), AT, 1);
    MetricDefinition weight =
        new MetricDefinition(
            MetricId.of(id(71)), ORG, MetricSpec.gauge("weight", "Weight", "kg", 1), AT, 1);
    s.metrics().insert(visits);
    s.metrics().insert(weight);
    s.metrics()
        .append(
            new MetricReading(
                id(72),
                ORG,
                adaOnRoster.id(),
                visits.id(),
                new BigDecimal("12"),
                AT,
                "desk",
                "staff:amy"));
    s.metrics()
        .append(
            new MetricReading(
                id(73),
                ORG,
                adaOnRoster.id(),
                weight.id(),
                new BigDecimal("61.5"),
                AT.plusSeconds(60),
                "scale",
                "self:ada"));
    s.consent().insertPurpose(ORG, new ConsentPurpose("newsletter", "Newsletter"));
    s.consent()
        .append(
            new ConsentRecord(
                id(80),
                ORG,
                adaOnRoster.id(),
                "marketing_email",
                ConsentStatus.GRANTED,
                AT,
                "sign-up form",
                "self:ada"));
    s.consent()
        .append(
            new ConsentRecord(
                id(81),
                ORG,
                adaOnRoster.id(),
                "marketing_email",
                ConsentStatus.REVOKED,
                AT.plusSeconds(5),
                "email link",
                "self:ada"));
  }

  private Map<String, Object> read(StoreSession s) {
    Map<String, Object> state = new LinkedHashMap<>();
    PageRequest all = PageRequest.first(100);
    state.put("organizations", s.organizations().list(all));
    state.put(
        "persons",
        List.of(s.persons().find(PersonId.of(id(10))), s.persons().find(PersonId.of(id(11)))));
    var roster =
        s.customers()
            .list(ORG, CustomerQuery.active().withStatus(StatusFilter.ALL), Criterion.none());
    state.put("roster", roster);
    List<UUID> owners = new ArrayList<>();
    roster
        .items()
        .forEach(
            e -> {
              owners.add(e.id().value());
              owners.add(e.person().id().value());
            });
    state.put("fields", s.fields().definitions(ORG));
    state.put("fieldValues", new java.util.HashSet<>(s.fields().values(ORG, owners)));
    state.put("tags", s.tags().list(ORG));
    state.put("tagCounts", s.tags().activeCounts(ORG));
    state.put("metrics", s.metrics().definitions(ORG));
    state.put("purposes", s.consent().purposes(ORG));
    state.put("outbox", s.outbox().pending(10));
    state.put("revisions", s.notes().revisions(ORG, NoteId.of(id(60))));
    for (var entry : roster.items()) {
      CustomerId c = entry.id();
      state.put(c + ".tags", s.tags().tagsOf(ORG, c));
      state.put(
          c + ".notes",
          s.notes()
              .list(
                  ORG,
                  c,
                  new NoteScope(EnumSet.allOf(NoteVisibility.class), null),
                  false,
                  100,
                  null));
      state.put(c + ".metrics", new java.util.HashSet<>(s.metrics().current(ORG, c)));
      for (MetricDefinition metric : s.metrics().definitions(ORG)) {
        state.put(
            c + "." + metric.key(),
            s.metrics()
                .history(
                    ORG, c, metric.id(), AT.minusSeconds(3600), AT.plusSeconds(3600), 100, null));
        state.put(
            c + "." + metric.key() + ".summary",
            s.metrics().summary(ORG, c, metric.id(), AT.minusSeconds(3600), AT.plusSeconds(3600)));
      }
      state.put(c + ".consent", s.consent().history(ORG, c));
      state.put(c + ".consentNow", new java.util.HashSet<>(s.consent().current(ORG, c)));
      state.put(c + ".audit", s.audit().forCustomer(ORG, c, all));
    }
    return state;
  }
}
