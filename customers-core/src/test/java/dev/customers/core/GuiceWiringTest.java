package dev.customers.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.util.Modules;
import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.Customers;
import dev.customers.api.StaffRole;
import dev.customers.api.event.DomainEvent;
import dev.customers.api.event.EventListener;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.core.memory.InMemoryStorageModule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuiceWiringTest {
  private static final Instant FIXED = Instant.parse("2031-07-04T08:00:00Z");

  @Test
  void aHostOverridesTheClockWithModulesOverride() {
    Injector injector =
        Guice.createInjector(
            Modules.override(new CustomersModule(), new InMemoryStorageModule())
                .with(
                    new AbstractModule() {
                      @Override
                      protected void configure() {
                        bind(Key.get(Clock.class, CustomersClock.class))
                            .toInstance(Clock.fixed(FIXED, ZoneOffset.UTC));
                      }
                    }));
    Customers customers = injector.getInstance(Customers.class);
    Organization org = customers.organizations().create("Host Studio", ZoneOffset.UTC);
    CustomerProfile added =
        customers
            .roster()
            .add(
                Caller.of(org.id(), Actor.staff("desk", StaffRole.STAFF)),
                CustomerDetails.of("Ada", "Lovelace"));
    assertThat(org.createdAt()).isEqualTo(FIXED);
    assertThat(added.customer().joinedOn()).isEqualTo(LocalDate.of(2031, 7, 4));
    assertThat(injector.getInstance(Customers.class)).isSameAs(customers);
  }

  @Test
  void aHostThatBindsItsOwnClock_installsTheSdk_whichKeepsToItsOwn() {
    Clock hostClock = Clock.fixed(FIXED, ZoneOffset.UTC);
    Injector injector =
        Guice.createInjector(
            new CustomersModule(),
            new InMemoryStorageModule(),
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Clock.class).toInstance(hostClock);
              }
            });
    Organization org =
        injector.getInstance(Customers.class).organizations().create("Host", ZoneOffset.UTC);
    assertThat(injector.getInstance(Clock.class)).isSameAs(hostClock);
    assertThat(org.createdAt()).isNotEqualTo(FIXED);
  }

  @Test
  void aHostAddsListenersWithAMultibinder() {
    List<DomainEvent> heard = new ArrayList<>();
    Injector injector =
        Guice.createInjector(
            new CustomersModule(),
            new InMemoryStorageModule(),
            new AbstractModule() {
              @Override
              protected void configure() {
                Multibinder.newSetBinder(binder(), EventListener.class)
                    .addBinding()
                    .toInstance(heard::add);
              }
            });
    Customers customers = injector.getInstance(Customers.class);
    Organization org = customers.organizations().create("Host Studio", ZoneOffset.UTC);
    customers
        .roster()
        .add(Caller.of(org.id(), Actor.system("import")), CustomerDetails.of("Ada", "Lovelace"));
    assertThat(heard).hasSize(1);
    assertThat(heard.get(0).actor()).isEqualTo("system:import");
  }

  @Test
  void theBuilderTakesAClockWithoutGuiceCode() {
    Customers customers = CustomersSdk.builder().clock(Clock.fixed(FIXED, ZoneOffset.UTC)).build();
    assertThat(customers.organizations().create("Builder Studio", ZoneOffset.UTC).createdAt())
        .isEqualTo(FIXED);
  }
}
