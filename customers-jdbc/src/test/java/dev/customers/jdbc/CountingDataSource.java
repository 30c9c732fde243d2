package dev.customers.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource that counts the statements made on its connections, to bound the statements a call
 * runs, and keeps their SQL, to check how each is routed.
 */
final class CountingDataSource implements DataSource {
  private final DataSource target;
  private final AtomicInteger statements = new AtomicInteger();
  private final List<String> sql = Collections.synchronizedList(new ArrayList<>());

  CountingDataSource(DataSource target) {
    this.target = target;
  }

  int statements() {
    return statements.get();
  }

  void reset() {
    statements.set(0);
    sql.clear();
  }

  /** The SQL of the statements prepared since the last reset, in order. */
  List<String> sql() {
    synchronized (sql) {
      return List.copyOf(sql);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return counting(target.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return counting(target.getConnection(username, password));
  }

  private Connection counting(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              String name = method.getName();
              if (name.equals("prepareStatement")
                  || name.equals("createStatement")
                  || name.equals("prepareCall")) {
                statements.incrementAndGet();
                if (args != null && args.length > 0 && args[0] instanceof String text) {
                  sql.add(text);
                }
              }
              try {
                return method.invoke(connection, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return target.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return target.isWrapperFor(type);
  }
}
