package dev.customers.spring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A minimal Spring Boot host: auto-configuration, nothing of its own but what a test adds. */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
class HostApplication {
  /** Records the names of the beans the context initializes, in order. */
  static final class InitOrder implements BeanPostProcessor {
    final List<String> names = Collections.synchronizedList(new ArrayList<>());

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
      names.add(beanName);
      return bean;
    }
  }

  @Bean
  static InitOrder initOrder() {
    return new InitOrder();
  }
}
