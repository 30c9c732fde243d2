package dev.customers.core.internal;

import dev.customers.api.spi.IdSource;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUIDs (RFC 9562 version 7): 48 bits of Unix milliseconds, then random bits. Written
 * here rather than pulled from a library because it is twenty lines and the API module has no
 * dependencies.
 */
public final class UuidV7Source implements IdSource {
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  @Inject
  public UuidV7Source(Clock clock) {
    this.clock = clock;
  }

  @Override
  public UUID next() {
    long millis = clock.millis();
    long randA = random.nextInt() & 0xFFFL;
    long msb = (millis << 16) | 0x7000L | randA;
    long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }
}
