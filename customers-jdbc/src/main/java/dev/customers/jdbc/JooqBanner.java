package dev.customers.jdbc;

import org.jooq.DSLContext;
import org.jooq.Log;
import org.jooq.tools.JooqLogger;

/**
 * jOOQ greets the first statement a JVM renders with an 18-line logo and a "tip of the day", and
 * the first connection with a line on the database version, all at INFO; in a host's log that is
 * noise from a library it did not choose. The only switches are system properties, which belong to
 * the host, so instead the SDK raises jOOQ's own log threshold to WARN for the moment it takes to
 * load jOOQ's renderer and run one statement, once per JVM, and then lowers it back to jOOQ's
 * default. A host that already used jOOQ has seen the greeting; nothing changes for it.
 */
final class JooqBanner {
  private static boolean quiet;

  private JooqBanner() {}

  static synchronized void greetQuietly(DSLContext db) {
    if (quiet) {
      return;
    }
    quiet = true;
    JooqLogger.globalThreshold(Log.Level.WARN);
    try {
      db.selectOne().fetch();
    } finally {
      JooqLogger.globalThreshold(Log.Level.TRACE);
    }
  }
}
