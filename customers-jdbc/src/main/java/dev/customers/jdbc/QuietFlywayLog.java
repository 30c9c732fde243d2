package dev.customers.jdbc;

import java.util.function.Supplier;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How Flyway logs: while the SDK migrates its own schema ({@link #quietly}), Flyway's progress goes
 * to DEBUG under {@code dev.customers.jdbc.migration}, so a healthy start is quiet, and its
 * warnings and errors as they are; any other Flyway in the JVM (a host's) logs as it would without
 * the SDK, at its own levels under its own class names. Flyway chooses its log creator for the
 * whole JVM, hence the check per message. Public only because Flyway makes it by class name; not
 * part of the API.
 */
public final class QuietFlywayLog implements LogCreator {
  private static final Logger SDK = LoggerFactory.getLogger("dev.customers.jdbc.migration");

  // Set on the thread that runs the SDK's own migration, for as long as it runs.
  @SuppressWarnings("ThreadLocalUsage")
  private static final ThreadLocal<Boolean> MIGRATING = ThreadLocal.withInitial(() -> false);

  /** Made by Flyway. */
  public QuietFlywayLog() {}

  /** Runs the SDK's own Flyway work with its progress at DEBUG. */
  static <T> T quietly(Supplier<T> work) {
    boolean outer = MIGRATING.get();
    MIGRATING.set(true);
    try {
      return work.get();
    } finally {
      MIGRATING.set(outer);
    }
  }

  @Override
  public Log createLogger(Class<?> clazz) {
    Logger own = LoggerFactory.getLogger(clazz);
    return new Log() {
      @Override
      public void debug(String message) {
        if (MIGRATING.get()) {
          SDK.trace(message);
        } else {
          own.debug(message);
        }
      }

      @Override
      public void info(String message) {
        if (MIGRATING.get()) {
          SDK.debug(message);
        } else {
          own.info(message);
        }
      }

      @Override
      public void warn(String message) {
        if (!MIGRATING.get()) {
          own.warn(message);
        } else if (message.startsWith("Using H2 ")
            && message.contains("newer than the version Flyway")) {
          // The SDK's migrations are tested on the H2 its BOM names (Spring Boot's), newer than
          // the one Flyway lists; the warning would tell a host nothing it can act on.
          SDK.debug(message);
        } else {
          SDK.warn(message);
        }
      }

      @Override
      public void error(String message) {
        (MIGRATING.get() ? SDK : own).error(message);
      }

      @Override
      public void error(String message, Exception e) {
        (MIGRATING.get() ? SDK : own).error(message, e);
      }

      @Override
      public void notice(String message) {
        if (MIGRATING.get()) {
          SDK.debug(message);
        } else {
          own.info(message);
        }
      }
    };
  }
}
