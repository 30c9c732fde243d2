package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.Customers;
import dev.customers.api.event.CustomerEvent;
import dev.customers.api.event.EventListener;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.core.CustomersSdk;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever a listener throws short of an {@link Error} (an unchecked exception, a checked one
 * thrown sneakily as Kotlin does, a bare {@link Throwable}) is logged: the call that committed
 * returns normally, the listeners after it still hear the event, and pending delivery goes on.
 */
class ListenerIsolationTest {

  static Stream<Supplier<Throwable>> throwables() {
    return Stream.of(
        () -> new IllegalStateException("listener bug"),
        () -> new IOException("mail server down"),
        () -> new Exception("checked"),
        () -> new Throwable("neither exception nor error"));
  }

  @ParameterizedTest
  @MethodSource("throwables")
  void aListenerThrowingAnythingShortOfAnError_isIsolated(Supplier<Throwable> thrown) {
    RecordingListener after = new RecordingListener();
    EventListener thrower = event -> ListenerIsolationTest.<RuntimeException>sneaky(thrown.get());
    Customers sdk = CustomersSdk.builder().listener(thrower).listener(after).build();
    Organization org = sdk.organizations().create("Studio", ZoneOffset.UTC);
    CustomerProfile ada =
        sdk.roster().add(Fixtures.staff(org.id()), Fixtures.details("Ada", "Lovelace"));
    CustomerProfile ben =
        sdk.roster().add(Fixtures.staff(org.id()), Fixtures.details("Ben", "Adams"));
    assertThat(sdk.roster().list(Fixtures.staff(org.id()), CustomerQuery.active()).items())
        .hasSize(2);
    assertThat(after.eventsOf(CustomerEvent.Created.class))
        .extracting(CustomerEvent::customerId)
        .containsExactlyElementsOf(List.of(ada.id(), ben.id()));
    assertThat(sdk.deliverPendingEvents()).isZero();
    sdk.close();
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneaky(Throwable t) throws T {
    throw (T) t;
  }
}
