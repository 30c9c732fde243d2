package dev.customers.api.spi;

import dev.customers.api.StorageException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A service needed a store that the storage adapter does not provide (its {@link StoreSession}
 * accessor is left to the SPI's default). Nothing was changed.
 */
public final class StoreNotProvidedException extends StorageException {
  private static final long serialVersionUID = 1L;
  private static final ClassValue<Map<String, Boolean>> PROVIDED =
      new ClassValue<>() {
        @Override
        protected Map<String, Boolean> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  private final String store;

  /**
   * The error for {@code session}'s adapter lacking {@code store}, reached through {@code
   * accessor}.
   *
   * @param accessor the StoreSession accessor's name, such as fields
   * @param capability what cannot be used without it
   * @param session the stores of the transaction
   * @param store the store's interface name, such as TagStore
   */
  public StoreNotProvidedException(
      StoreSession session, String store, String accessor, String capability) {
    super(
        "this storage adapter ("
            + session.getClass().getName()
            + ") does not provide the "
            + store
            + ", so "
            + capability
            + " cannot be used with it: use an adapter that provides it (in-memory or JDBC), or"
            + " implement StoreSession."
            + accessor
            + " and pass the "
            + store
            + "Contract");
    this.store = store;
  }

  /**
   * The store that is missing, such as {@code TagStore}.
   *
   * @return the store that is missing, such as {@code TagStore}
   */
  public String store() {
    return store;
  }

  /**
   * Whether {@code type} overrides the no-argument accessor {@code accessor} of {@link
   * StoreSession}; worked out once per session class and accessor.
   *
   * @param type the session's class
   * @param accessor the accessor's name
   * @return whether the class provides the store
   */
  static boolean provides(Class<?> type, String accessor) {
    return PROVIDED.get(type).computeIfAbsent(accessor, name -> overrides(type, name));
  }

  private static boolean overrides(Class<?> type, String accessor) {
    try {
      return type.getMethod(accessor).getDeclaringClass() != StoreSession.class;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
