package dev.customers.examples.spring;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.Customers;
import dev.customers.api.StaffRole;
import dev.customers.api.event.EventListener;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.tags.Tag;
import java.time.ZoneId;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A Spring Boot front desk: the SDK arrives as a {@link Customers} bean on the application's
 * DataSource; a sale writes the host's order row and the SDK's customer and tag in one
 * {@code @Transactional} method, and a declined card undoes both.
 */
@SpringBootApplication
public class FrontDeskApplication {
  public static void main(String[] args) {
    SpringApplication.run(FrontDeskApplication.class, args).close();
  }

  /** Prints each SDK event; delivered after the sale's transaction commits. */
  @Bean
  EventListener printEvents() {
    return event -> System.out.println("    [event] " + event.getClass().getSimpleName());
  }

  @Bean
  ApplicationRunner frontDesk(Customers customers, MembershipSales sales, JdbcTemplate jdbc) {
    return args -> {
      Organization studio = customers.organizations().create("Sunrise Yoga", ZoneId.of("UTC"));
      Caller owner = Caller.of(studio.id(), Actor.staff("sam", StaffRole.OWNER));
      Tag member = customers.tags().create(owner, "Member", "#2e7d32");
      try {
        sales.sell(owner, member, CustomerDetails.of("Ben", "Adams"), "declined-card");
      } catch (MembershipSales.CardDeclined e) {
        System.out.println("sale to Ben Adams failed: " + e.getMessage());
      }
      sales.sell(owner, member, CustomerDetails.of("Ada", "Lovelace"), "annual membership");
      System.out.println(
          "orders: " + jdbc.queryForObject("select count(*) from orders", Integer.class));
      System.out.println(
          "roster: "
              + customers.roster().list(owner, CustomerQuery.active()).items().stream()
                  .map(RosterEntry::displayName)
                  .toList());
      System.out.println("== done");
    };
  }
}
