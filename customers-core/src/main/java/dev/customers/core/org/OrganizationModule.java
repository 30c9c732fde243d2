package dev.customers.core.org;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import dev.customers.api.org.OrganizationService;

/**
 * Binds {@link OrganizationService}; needs a Storage and the core plumbing. Installed by
 * CustomersModule.
 */
public final class OrganizationModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(OrganizationService.class).to(DefaultOrganizationService.class).in(Scopes.SINGLETON);
  }
}
