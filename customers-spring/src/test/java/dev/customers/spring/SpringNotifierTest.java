package dev.customers.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.Caller;
import dev.customers.api.Customers;
import dev.customers.api.InvalidStateException;
import dev.customers.api.accounts.AccountMessage;
import dev.customers.api.accounts.Notifier;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.testkit.Fixtures;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A host's {@link Notifier} bean sends the SDK's account invites, even a notifier that needs the
 * {@code Customers} bean itself; a host without one is told that invites need one.
 */
class SpringNotifierTest {
  private static final List<String> IN_MEMORY = List.of("customers.storage=in-memory");

  /** A notifier bean that depends on the SDK, as a real mailer might (to read a display name). */
  @Configuration(proxyBeanMethods = false)
  static class Mailer {
    static final List<AccountMessage> SENT = new CopyOnWriteArrayList<>();

    @Bean
    Notifier mailer(org.springframework.beans.factory.ObjectProvider<Customers> customers) {
      return message -> {
        assertThat(customers.getObject()).isNotNull();
        SENT.add(message);
      };
    }
  }

  @Test
  void aNotifierBean_sendsTheInvites() {
    Mailer.SENT.clear();
    try (ConfigurableApplicationContext context =
        SpringStartTest.start(IN_MEMORY, HostApplication.class, Mailer.class)) {
      Customers customers = context.getBean(Customers.class);
      Organization org = customers.organizations().create("Studio", ZoneOffset.UTC);
      Caller staff = Fixtures.staff(org.id());
      CustomerProfile ada = customers.roster().add(staff, Fixtures.details("Ada", "Lovelace"));
      customers.accounts().invite(staff, ada.id());
      assertThat(Mailer.SENT)
          .singleElement()
          .satisfies(m -> assertThat(m.email()).isEqualTo("ada.lovelace@example.com"));
    }
  }

  @Test
  void withoutANotifierBean_anInviteSaysWhatIsMissing() {
    try (ConfigurableApplicationContext context =
        SpringStartTest.start(IN_MEMORY, HostApplication.class)) {
      Customers customers = context.getBean(Customers.class);
      Organization org = customers.organizations().create("Studio", ZoneOffset.UTC);
      Caller staff = Fixtures.staff(org.id());
      CustomerProfile ada = customers.roster().add(staff, Fixtures.details("Ada", "Lovelace"));
      assertThatThrownBy(() -> customers.accounts().invite(staff, ada.id()))
          .isInstanceOf(InvalidStateException.class)
          .hasMessageContaining("no Notifier is configured");
    }
  }
}
