package dev.customers.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.Caller;
import dev.customers.api.Customers;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.fields.FieldSpec;
import dev.customers.api.fields.FieldType;
import dev.customers.api.fields.FieldValues;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.tags.Tag;
import dev.customers.testkit.Fixtures;
import dev.customers.testkit.RecordingListener;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A POS sale in a Spring {@code @Transactional} method: the host's order row and the SDK's writes
 * (a customer, a field value, a tag) roll back together when the method throws and commit together
 * when it returns; the listener bean hears each event once, after the commit. On H2, PostgreSQL and
 * MariaDB.
 */
class SpringTransactionsTest {
  /** Thrown by the sale to make Spring roll back. */
  static final class Declined extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Declined() {
      super("card declined");
    }
  }

  /** The host's service: its own row and SDK calls in one Spring transaction. */
  static class Sales {
    private final JdbcTemplate jdbc;
    private final Customers customers;
    private final RecordingListener events;
    private final List<Integer> eventsSeenBeforeCommit = new ArrayList<>();

    Sales(JdbcTemplate jdbc, Customers customers, RecordingListener events) {
      this.jdbc = jdbc;
      this.customers = customers;
      this.events = events;
    }

    /** How many events the listener had when each sale was about to commit. */
    public List<Integer> eventsSeenBeforeCommit() {
      return eventsSeenBeforeCommit;
    }

    @Transactional
    public CustomerProfile sell(int order, Caller desk, Tag tag, boolean declined) {
      jdbc.update("insert into host_orders (id, note) values (?, ?)", order, "membership");
      CustomerProfile ada = customers.roster().add(desk, CustomerDetails.of("Ada", "Lovelace"));
      customers.fields().setValues(desk, ada.id(), FieldValues.of("level", "gold"));
      customers.tags().assign(desk, tag.id(), List.of(ada.id()));
      // Reads in the transaction see its writes.
      assertThat(customers.roster().profile(desk, ada.id()).details().firstName()).isEqualTo("Ada");
      eventsSeenBeforeCommit.add(events.events().size());
      if (declined) {
        throw new Declined();
      }
      return ada;
    }
  }

  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class Shop {
    @Bean
    RecordingListener events() {
      return new RecordingListener();
    }

    @Bean
    Sales sales(JdbcTemplate jdbc, Customers customers, RecordingListener events) {
      return new Sales(jdbc, customers, events);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres", "mariadb"})
  void sdkWritesJoinTheSpringTransaction_andEventsFollowItsCommit(String kind) {
    SpringDatabase database = SpringDatabase.of(kind);
    List<String> properties = new ArrayList<>(database.properties());
    properties.add("spring.flyway.locations=classpath:hostapp/migration");
    try (ConfigurableApplicationContext context = SpringStartTest.start(properties, Shop.class)) {
      Customers customers = context.getBean(Customers.class);
      Sales sales = context.getBean(Sales.class);
      RecordingListener events = context.getBean(RecordingListener.class);
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      Organization studio = customers.organizations().create("Shop", ZoneOffset.UTC);
      Caller owner = Fixtures.owner(studio.id());
      customers.fields().define(owner, FieldSpec.of("level", "Level", FieldType.TEXT));
      Tag vip = customers.tags().create(owner, "VIP", "#ff0000");
      events.clear();

      assertThatThrownBy(() -> sales.sell(1, owner, vip, true)).isInstanceOf(Declined.class);
      assertThat(jdbc.queryForObject("select count(*) from host_orders", Integer.class)).isZero();
      assertThat(customers.roster().list(owner, CustomerQuery.active()).items()).isEmpty();
      assertThat(customers.tags().counts(owner).get(0).customers()).isZero();
      assertThat(events.events()).as("no event after a rollback").isEmpty();

      CustomerProfile ada = sales.sell(2, owner, vip, false);
      assertThat(jdbc.queryForObject("select count(*) from host_orders", Integer.class))
          .isEqualTo(1);
      assertThat(customers.roster().profile(owner, ada.id()).details().firstName())
          .isEqualTo("Ada");
      assertThat(customers.fields().values(owner, ada.id()).get(0).text()).isEqualTo("gold");
      assertThat(customers.tags().tagsOf(owner, ada.id())).containsExactly(vip);
      assertThat(sales.eventsSeenBeforeCommit())
          .as("nothing delivered before the commit")
          .containsExactly(0, 0);
      assertThat(events.eventsOf(CustomerEvent.Created.class)).hasSize(1);
      assertThat(events.eventsOf(CustomerEvent.FieldsChanged.class)).hasSize(1);
      assertThat(events.eventsOf(CustomerEvent.TagChanged.class)).hasSize(1);
      customers.deliverPendingEvents();
      assertThat(events.events()).as("delivered once").hasSize(3);

      // Outside a Spring transaction the SDK runs its own.
      customers.roster().add(owner, CustomerDetails.of("Ben", "Adams"));
      assertThat(customers.roster().list(owner, CustomerQuery.active()).items()).hasSize(2);
    } finally {
      database.drop();
    }
  }
}
