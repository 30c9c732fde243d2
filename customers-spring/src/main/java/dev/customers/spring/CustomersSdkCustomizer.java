package dev.customers.spring;

import dev.customers.core.CustomersSdk;

/**
 * A bean that adjusts the SDK's builder before the auto-configuration builds it: a clock, Guice
 * modules or overrides of the host's.
 */
@FunctionalInterface
public interface CustomersSdkCustomizer {
  /**
   * Adjusts {@code builder}; storage and listener beans are already set.
   *
   * @param builder the builder the auto-configuration is about to build
   */
  void customize(CustomersSdk.Builder builder);
}
