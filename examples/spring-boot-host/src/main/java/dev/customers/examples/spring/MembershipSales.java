package dev.customers.examples.spring;

import dev.customers.api.Caller;
import dev.customers.api.Customers;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.tags.Tag;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sells a membership: the host's order and the SDK's customer and tag, together or not at all. */
@Service
public class MembershipSales {
  /** The card was declined; the sale rolls back. */
  public static final class CardDeclined extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CardDeclined() {
      super("card declined");
    }
  }

  private final Customers customers;
  private final JdbcTemplate jdbc;

  public MembershipSales(Customers customers, JdbcTemplate jdbc) {
    this.customers = customers;
    this.jdbc = jdbc;
  }

  @Transactional
  public CustomerProfile sell(Caller desk, Tag member, CustomerDetails buyer, String item) {
    CustomerProfile customer = customers.roster().add(desk, buyer);
    customers.tags().assign(desk, member.id(), List.of(customer.id()));
    jdbc.update(
        "insert into orders (customer_id, item) values (?, ?)", customer.id().toString(), item);
    if (item.startsWith("declined")) {
      throw new CardDeclined();
    }
    System.out.println("sold " + item + " to " + buyer.firstName() + " " + buyer.lastName());
    return customer;
  }
}
