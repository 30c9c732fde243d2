package dev.customers.testkit;

import static java.util.Objects.requireNonNull;

import dev.customers.api.spi.Storage;
import dev.customers.api.spi.StoreSession;
import dev.customers.api.spi.StoreWork;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A fault switch: storage that wraps another and makes a chosen store call, or the next commit,
 * fail with an {@link InjectedFault}. It wraps every store the session hands out, including stores
 * added to the SPI later, so a test can show that a failure at any step of any write leaves nothing
 * behind. Store calls are counted from {@link #resetCount()}; reads count too.
 */
public final class FaultyStorage implements Storage {
  private final Storage delegate;
  private final AtomicInteger calls = new AtomicInteger();
  private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
  private volatile int failAt;
  private volatile @Nullable String failStore;
  private volatile boolean failCommit;

  private FaultyStorage(Storage delegate) {
    this.delegate = delegate;
  }

  /** A switch over {@code delegate}, with no fault armed. */
  public static FaultyStorage over(Storage delegate) {
    return new FaultyStorage(requireNonNull(delegate, "delegate"));
  }

  /** Makes the {@code n}-th store call from now (1 is the next one) fail. */
  public void failCall(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, not " + n);
    }
    calls.set(0);
    failAt = n;
  }

  /**
   * Makes the next call to the store that {@code accessor} returns (such as {@code "tags"}) fail.
   */
  public void failNextCallTo(String accessor) {
    failStore = requireNonNull(accessor, "accessor");
  }

  /** Makes the next write transaction fail after its work ran, where it would commit. */
  public void failNextCommit() {
    failCommit = true;
  }

  /** Disarms every fault. */
  public void disarm() {
    failAt = 0;
    failStore = null;
    failCommit = false;
  }

  /** Starts counting store calls from zero. */
  public void resetCount() {
    calls.set(0);
  }

  /** Store calls since {@link #resetCount()} (or the last {@link #failCall}). */
  public int count() {
    return calls.get();
  }

  /** Whether an armed fault has not fired yet. */
  public boolean armed() {
    return failAt > 0 || failStore != null || failCommit;
  }

  @Override
  public <T extends @Nullable Object> T inTransaction(StoreWork<T> work) {
    return run(work, false);
  }

  @Override
  public <T extends @Nullable Object> T read(StoreWork<T> work) {
    return run(work, true);
  }

  private <T extends @Nullable Object> T run(StoreWork<T> work, boolean readOnly) {
    int outer = depth.get();
    depth.set(outer + 1);
    try {
      StoreWork<T> wrapped =
          session -> {
            T result = work.run(wrap(session));
            if (!readOnly && outer == 0 && failCommit) {
              failCommit = false;
              throw new InjectedFault("commit");
            }
            return result;
          };
      return readOnly ? delegate.read(wrapped) : delegate.inTransaction(wrapped);
    } finally {
      depth.set(outer);
    }
  }

  @Override
  public void whenCommitted(Runnable action) {
    delegate.whenCommitted(action);
  }

  @Override
  public void close() {
    delegate.close();
  }

  private StoreSession wrap(StoreSession session) {
    return (StoreSession)
        Proxy.newProxyInstance(
            StoreSession.class.getClassLoader(),
            new Class<?>[] {StoreSession.class},
            (proxy, method, args) -> {
              Object result = invoke(session, method, args);
              if (method.getParameterCount() == 0 && method.getReturnType().isInterface()) {
                return store(
                    method.getName(),
                    method.getReturnType(),
                    requireNonNull(result, method.getName()));
              }
              return result;
            });
  }

  private Object store(String accessor, Class<?> type, Object store) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return invoke(store, method, args);
          }
          int call = calls.incrementAndGet();
          if (failAt > 0 && call == failAt) {
            failAt = 0;
            throw new InjectedFault(
                "store call " + call + " (" + accessor + "()." + method.getName() + ")");
          }
          if (accessor.equals(failStore)) {
            failStore = null;
            throw new InjectedFault(accessor + "()." + method.getName());
          }
          return invoke(store, method, args);
        };
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static @Nullable Object invoke(Object target, Method method, @Nullable Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** The failure a {@link FaultyStorage} injects. */
  public static final class InjectedFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InjectedFault(String where) {
      super("injected fault at " + where);
    }
  }
}
