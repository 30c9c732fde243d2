package dev.customers.api.spi;

import java.util.UUID;

/**
 * Makes new ids. The default makes time-ordered UUIDs (version 7), so rows insert in index order
 * and ids from several instances never collide; tests may bind a predictable one.
 */
@FunctionalInterface
public interface IdSource {
  /**
   * A new id, later than every id this source made before.
   *
   * @return a new id, later than every id this source made before
   */
  UUID next();
}
