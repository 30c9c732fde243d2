package dev.customers.spring;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Added to {@link HostApplication}, makes the context build the SDK before Boot's Flyway migrates
 * (the reverse of what the auto-configuration asks for), as a host's own bean that needs the SDK
 * early would. Top-level: nested in the host's configuration, Spring would always apply it.
 */
@Configuration(proxyBeanMethods = false)
class SdkFirst {
  @Bean
  static BeanFactoryPostProcessor sdkBeforeFlyway() {
    return factory -> {
      factory.getBeanDefinition("customers").setDependsOn();
      for (String flyway : factory.getBeanNamesForType(FlywayMigrationInitializer.class)) {
        factory.getBeanDefinition(flyway).setDependsOn("customers");
      }
    };
  }
}
