package dev.customers.spring;

import com.google.inject.Module;
import dev.customers.api.Customers;
import dev.customers.api.accounts.AccountSettings;
import dev.customers.api.accounts.Notifier;
import dev.customers.api.event.EventListener;
import dev.customers.core.CustomersSdk;
import dev.customers.core.memory.InMemoryStorageModule;
import dev.customers.jdbc.JdbcSettings;
import dev.customers.jdbc.JdbcStorageModule;
import javax.sql.DataSource;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;

/**
 * Builds the SDK as a {@link Customers} bean from the application context: storage from {@link
 * CustomersProperties} (by default the context's {@code DataSource}, joining Spring's transactions
 * on it), every {@link EventListener} bean as a listener, a {@link Notifier} bean as the sender of
 * account invites, an {@link AccountSettings} bean, every {@link CustomersSdkCustomizer} applied;
 * closed with the context. The SDK's tables live in a schema of their own, so Boot's Flyway and the
 * host's migrations never see them; the bean also waits for the host's database initialization
 * (Flyway, Liquibase, SQL scripts), whichever bean the context makes first.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
      "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"
    })
@EnableConfigurationProperties(CustomersProperties.class)
public class CustomersAutoConfiguration {
  /** Made by Spring. */
  public CustomersAutoConfiguration() {}

  /**
   * The SDK, built from the properties, listener beans and customizers.
   *
   * @param properties the {@code customers.*} properties
   * @param dataSources the context's DataSource, for {@code storage=data-source}
   * @param listeners the context's event listener beans
   * @param customizers the context's builder customizers
   * @param notifiers the context's {@link Notifier} bean, which sends account invites
   * @param accountSettings the context's {@link AccountSettings} bean, if any
   * @param beans the context's bean factory, to see a notifier bean without making it
   * @return the running SDK, closed with the context
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(Customers.class)
  @DependsOnDatabaseInitialization
  public Customers customers(
      CustomersProperties properties,
      ObjectProvider<DataSource> dataSources,
      ObjectProvider<EventListener> listeners,
      ObjectProvider<CustomersSdkCustomizer> customizers,
      ObjectProvider<Notifier> notifiers,
      ObjectProvider<AccountSettings> accountSettings,
      ListableBeanFactory beans) {
    CustomersSdk.Builder builder = CustomersSdk.builder().storage(storage(properties, dataSources));
    // Looked up per event, not at start: a listener bean may itself depend on Customers.
    builder.listener(event -> listeners.orderedStream().forEach(l -> l.onEvent(event)));
    // The same for the notifier, which is only known to exist here, not made.
    if (beans.getBeanNamesForType(Notifier.class, true, false).length > 0) {
      builder.notifier(message -> notifiers.getObject().send(message));
    }
    accountSettings.ifUnique(builder::accounts);
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return builder.build();
  }

  private static Module storage(
      CustomersProperties properties, ObjectProvider<DataSource> dataSources) {
    return switch (properties.storage()) {
      case IN_MEMORY -> new InMemoryStorageModule();
      case POOL -> JdbcStorageModule.forSettings(settings(properties));
      case DATA_SOURCE -> {
        DataSource dataSource = dataSources.getIfUnique();
        if (dataSource == null) {
          throw new IllegalStateException(
              "customers.storage=data-source needs one DataSource bean in the context and there is"
                  + " none or several: add spring-boot-starter-jdbc and spring.datasource.*, or set"
                  + " customers.storage=pool with customers.pool.url, or customers.storage=in-memory");
        }
        yield JdbcStorageModule.forDataSource(
            dataSource,
            properties.schema(),
            properties.joinTransactions() ? new SpringHostTransactions(dataSource) : null);
      }
    };
  }

  private static JdbcSettings settings(CustomersProperties properties) {
    CustomersProperties.Pool pool = properties.pool();
    String url = pool.url();
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          "customers.storage=pool needs customers.pool.url (a JDBC URL)");
    }
    JdbcSettings settings =
        JdbcSettings.of(url, pool.username(), pool.password())
            .withMaximumPoolSize(pool.maximumPoolSize())
            .withMinimumIdle(pool.minimumIdle())
            .withConnectionTimeout(pool.connectionTimeout())
            .withIdleTimeout(pool.idleTimeout());
    String schema = properties.schema();
    return schema == null ? settings : settings.withSchema(schema);
  }
}
