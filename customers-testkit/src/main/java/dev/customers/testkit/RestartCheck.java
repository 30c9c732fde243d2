package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.Customers;
import dev.customers.api.PageRequest;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.CustomerQuery;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What a host's restart must keep: the first start finds an empty database and adds a studio with
 * one customer; every later start finds exactly those.
 */
public final class RestartCheck {
  private RestartCheck() {}

  /**
   * Checks (and on the first start, writes) the data that must survive a restart.
   *
   * @param customers the SDK as this start built it
   * @param firstStart whether the database is new
   */
  public static void check(Customers customers, boolean firstStart) {
    List<Organization> orgs = customers.organizations().list(PageRequest.first(10)).items();
    if (firstStart) {
      assertThat(orgs).isEmpty();
      Organization org = customers.organizations().create("Studio", ZoneOffset.UTC);
      customers.roster().add(Fixtures.staff(org.id()), Fixtures.details("Ada", "Lovelace"));
    } else {
      assertThat(orgs).hasSize(1);
      assertThat(
              customers
                  .roster()
                  .list(Fixtures.staff(orgs.get(0).id()), CustomerQuery.active())
                  .items())
          .extracting(e -> e.displayName())
          .containsExactly("Ada Lovelace");
    }
  }
}
