package dev.customers.testkit;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until a test moves it; safe to move from any thread. */
public final class FixedClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private FixedClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  public static FixedClock at(Instant instant) {
    return new FixedClock(
        new AtomicReference<>(requireNonNull(instant, "instant")), ZoneOffset.UTC);
  }

  /** A clock at the given ISO-8601 instant, such as {@code 2026-03-01T09:00:00Z}. */
  public static FixedClock at(String instant) {
    return at(Instant.parse(instant));
  }

  public void set(Instant instant) {
    now.set(requireNonNull(instant, "instant"));
  }

  public void advance(Duration duration) {
    now.updateAndGet(current -> current.plus(duration));
  }

  @Override
  public Instant instant() {
    return requireNonNull(now.get(), "now");
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view in another zone that moves with this clock. */
  @Override
  public Clock withZone(ZoneId other) {
    return new FixedClock(now, other);
  }
}
