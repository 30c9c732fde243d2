package dev.customers.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidV7SourceTest {

  @Test
  void next_underAStoppedClock_isStillStrictlyIncreasingAsText() {
    Instant at = Instant.parse("2026-03-02T10:00:00Z");
    UuidV7Source source = new UuidV7Source(Clock.fixed(at, ZoneOffset.UTC));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      ids.add(source.next().toString());
    }
    assertThat(ids).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void next_isVersion7WithTheClocksMilliseconds() {
    Instant at = Instant.parse("2026-03-02T10:00:00.123Z");
    UUID id = new UuidV7Source(Clock.fixed(at, ZoneOffset.UTC)).next();
    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
  }
}
