package dev.customers.core.consent;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import dev.customers.api.consent.ConsentService;

/** Binds {@link ConsentService}. Installed by CustomersModule. */
public final class ConsentModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(ConsentService.class).to(DefaultConsentService.class).in(Scopes.SINGLETON);
  }
}
