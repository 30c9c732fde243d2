package dev.customers.core.internal;

import dev.customers.api.spi.IdSource;
import dev.customers.core.CustomersClock;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUIDs (RFC 9562 version 7): 48 bits of Unix milliseconds, a 12-bit counter that
 * keeps ids made in the same millisecond (or under a clock that stands still) in order, then random
 * bits. Written here rather than pulled from a library because it is thirty lines.
 */
public final class UuidV7Source implements IdSource {
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  /**
   * Random bytes drawn 4 KB at a time: a draw per id went to the operating system's generator under
   * its lock, which was a twentieth of a bulk load.
   */
  private final java.nio.ByteBuffer pool = java.nio.ByteBuffer.allocate(4096).position(4096);

  @Inject
  public UuidV7Source(@CustomersClock Clock clock) {
    this.clock = clock;
  }

  private long lastMillis = -1;
  private long counter;

  @Override
  public UUID next() {
    long millis;
    long sequence;
    long bits;
    synchronized (this) {
      millis = Math.max(clock.millis(), lastMillis);
      if (millis == lastMillis) {
        counter++;
        if (counter > 0xFFFL) { // counter spent: borrow the next millisecond (RFC 9562, method 1)
          millis++;
          counter = 0;
        }
      } else {
        counter = randomLong() & 0x7FF; // start low so the counter has room to grow
      }
      lastMillis = millis;
      sequence = counter;
      bits = randomLong();
    }
    long msb = (millis << 16) | 0x7000L | sequence;
    long lsb = (bits & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }

  /** Eight random bytes; called under the lock. */
  private long randomLong() {
    if (!pool.hasRemaining()) {
      random.nextBytes(pool.array());
      pool.clear();
    }
    return pool.getLong();
  }
}
