package dev.customers.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.Customers;
import dev.customers.testkit.RestartCheck;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A Spring Boot host starts with the SDK as a bean, twice in a row on the same database: without
 * migrations of its own (Boot's Flyway on and off), and with its own Flyway migrations, the SDK's
 * bean made after Boot's Flyway and before it. The host's {@code V1} always runs, and the SDK's
 * data is there at the second start.
 */
class SpringStartTest {
  @ParameterizedTest(name = "{0}, Boot's Flyway on: {1}")
  @CsvSource({"h2, true", "h2, false", "postgres, true", "postgres, false"})
  void aHostWithoutMigrations_startsTwiceInARow(String kind, boolean bootFlyway) {
    SpringDatabase database = SpringDatabase.of(kind);
    try {
      List<String> properties = new ArrayList<>(database.properties());
      properties.add("spring.flyway.enabled=" + bootFlyway);
      startTwice(properties, HostApplication.class);
    } finally {
      database.drop();
    }
  }

  @ParameterizedTest(name = "{0}, SDK bean first: {1}")
  @CsvSource({
    "h2, true",
    "h2, false",
    "postgres, true",
    "postgres, false",
    "mariadb, true",
    "mariadb, false"
  })
  void aHostWithItsOwnMigrations_startsWithTheSdkBeanFirstOrLast(String kind, boolean sdkFirst) {
    SpringDatabase database = SpringDatabase.of(kind);
    try {
      List<String> properties = new ArrayList<>(database.properties());
      properties.add("spring.flyway.locations=classpath:hostapp/migration");
      Class<?>[] sources =
          sdkFirst
              ? new Class<?>[] {HostApplication.class, SdkFirst.class}
              : new Class<?>[] {HostApplication.class};
      List<List<String>> orders = startTwice(properties, sources);
      for (List<String> order : orders) {
        int sdk = order.indexOf("customers");
        int flyway = order.indexOf("flywayInitializer");
        assertThat(sdk).isNotNegative();
        assertThat(flyway).isNotNegative();
        assertThat(sdk < flyway).as("SDK bean made first").isEqualTo(sdkFirst);
      }
      try (ConfigurableApplicationContext context = start(properties, sources)) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        // Boot's own Flyway: the host's V1 ran as a migration, not swallowed by a baseline.
        MigrationInfo[] history = context.getBean(Flyway.class).info().applied();
        assertThat(history).hasSize(1);
        assertThat(history[0].getVersion().getVersion()).isEqualTo("1");
        assertThat(history[0].getType().isBaseline()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from host_orders", Integer.class)).isZero();
      }
    } finally {
      database.drop();
    }
  }

  /** Starts the host twice; the first start adds a customer, the second finds it. */
  private static List<List<String>> startTwice(List<String> properties, Class<?>... sources) {
    List<List<String>> orders = new ArrayList<>();
    for (int start = 1; start <= 2; start++) {
      try (ConfigurableApplicationContext context = start(properties, sources)) {
        Customers customers = context.getBean(Customers.class);
        RestartCheck.check(customers, start == 1);
        orders.add(List.copyOf(context.getBean(HostApplication.InitOrder.class).names));
      }
    }
    return orders;
  }

  static ConfigurableApplicationContext start(List<String> properties, Class<?>... sources) {
    return new SpringApplicationBuilder(sources)
        .bannerMode(Banner.Mode.OFF)
        .properties(properties.toArray(String[]::new))
        .run();
  }
}
