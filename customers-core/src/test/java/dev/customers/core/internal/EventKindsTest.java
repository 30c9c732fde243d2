package dev.customers.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.customers.api.event.DomainEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every kind of event the API declares (walked through the sealed hierarchy) has a sample that the
 * codec writes and reads back unchanged. The codec's writer is a visitor, so a new kind fails to
 * compile there; this test makes a new kind without a sample, or one its reader cannot read, fail
 * the build too.
 */
class EventKindsTest {

  @Test
  void everyPermittedEventKind_roundTripsThroughTheCodec() {
    List<Class<?>> kinds = leaves(DomainEvent.class);
    assertThat(kinds).hasSizeGreaterThanOrEqualTo(9).allMatch(Class::isRecord);
    Set<Class<?>> sampled =
        EventCodecTest.events().stream().map(Object::getClass).collect(Collectors.toSet());
    assertThat(sampled)
        .as("event kinds with a sample in EventCodecTest.events()")
        .containsAll(kinds);
    EventCodec codec = new EventCodec();
    for (DomainEvent event : EventCodecTest.events()) {
      assertThat(codec.decode(codec.encode(event)))
          .as(event.getClass().getSimpleName())
          .isEqualTo(event);
    }
  }

  private static List<Class<?>> leaves(Class<?> type) {
    List<Class<?>> found = new ArrayList<>();
    Class<?>[] permitted = type.getPermittedSubclasses();
    if (permitted == null) {
      found.add(type);
      return found;
    }
    for (Class<?> sub : permitted) {
      found.addAll(leaves(sub));
    }
    return found;
  }
}
