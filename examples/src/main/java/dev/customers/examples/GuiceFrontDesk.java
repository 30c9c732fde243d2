package dev.customers.examples;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.Multibinder;
import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.Customers;
import dev.customers.api.StaffRole;
import dev.customers.api.event.EventListener;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.SearchQuery;
import dev.customers.core.CustomersModule;
import dev.customers.jdbc.CustomersDataSource;
import dev.customers.jdbc.JdbcStorageModule;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A Guice host: its injector binds its own {@link Clock} and its own DataSource (under the SDK's
 * {@link CustomersDataSource} qualifier), installs the SDK's modules beside them, and injects
 * {@link Customers} into its own check-in desk. Runs on an in-memory H2 database.
 */
public final class GuiceFrontDesk {
  /** The host's own service, given the SDK and the host's clock by Guice. */
  static final class CheckInDesk {
    private final Customers customers;
    private final Clock clock;
    private final PrintStream out;

    @Inject
    CheckInDesk(Customers customers, Clock clock, PrintStream out) {
      this.customers = customers;
      this.clock = clock;
      this.out = out;
    }

    void run() {
      Organization studio = customers.organizations().create("Harbour Climbing", ZoneId.of("UTC"));
      Caller desk = Caller.of(studio.id(), Actor.staff("kai", StaffRole.STAFF));
      CustomerProfile ada =
          customers
              .roster()
              .add(desk, CustomerDetails.of("Ada", "Lovelace").withEmail("ada@example.com"));
      out.println(
          "checked in "
              + ada.details().firstName()
              + " "
              + ada.details().lastName()
              + " at "
              + clock.instant());
      out.println(
          "search 'love': "
              + customers.roster().search(desk, SearchQuery.of("love")).items().size()
              + " hit(s)");
    }
  }

  private GuiceFrontDesk() {}

  /** Starts the host's injector with the SDK in it and runs the desk. */
  public static void main(String[] args) {
    PrintStream out = System.out;
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:guice-front-desk;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Injector injector =
        Guice.createInjector(
            new CustomersModule(),
            JdbcStorageModule.forBoundDataSource(),
            new AbstractModule() {
              @Override
              protected void configure() {
                // The host's own, unqualified Clock: the SDK keeps its clock under its own key.
                bind(Clock.class).toInstance(Clock.systemUTC());
                bind(PrintStream.class).toInstance(out);
                bind(DataSource.class).annotatedWith(CustomersDataSource.class).toInstance(h2);
                Multibinder.newSetBinder(binder(), EventListener.class)
                    .addBinding()
                    .toInstance(
                        event -> out.println("    [event] " + event.getClass().getSimpleName()));
              }
            });
    out.println("Guice host: its own Clock and DataSource bound, the SDK's modules installed");
    Customers customers = injector.getInstance(Customers.class);
    try {
      injector.getInstance(CheckInDesk.class).run();
    } finally {
      customers.close();
    }
    out.println("== done");
  }
}
