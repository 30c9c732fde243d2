package dev.customers.jdbc;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How Flyway logs while it migrates the SDK's schema: its progress at DEBUG under {@code
 * dev.customers.jdbc.migration}, so a healthy start is quiet, and its warnings and errors as they
 * are. Public only because Flyway makes its loggers by class name; not part of the API.
 */
public final class QuietFlywayLog implements LogCreator {
  private static final Logger LOG = LoggerFactory.getLogger("dev.customers.jdbc.migration");

  /** Made by Flyway. */
  public QuietFlywayLog() {}

  @Override
  public Log createLogger(Class<?> clazz) {
    return new Log() {
      @Override
      public boolean isDebugEnabled() {
        return LOG.isDebugEnabled();
      }

      @Override
      public void debug(String message) {
        LOG.trace(message);
      }

      @Override
      public void info(String message) {
        LOG.debug(message);
      }

      @Override
      public void warn(String message) {
        LOG.warn(message);
      }

      @Override
      public void error(String message) {
        LOG.error(message);
      }

      @Override
      public void error(String message, Exception e) {
        LOG.error(message, e);
      }

      @Override
      public void notice(String message) {
        LOG.debug(message);
      }
    };
  }
}
