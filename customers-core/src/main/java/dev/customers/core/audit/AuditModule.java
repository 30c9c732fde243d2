package dev.customers.core.audit;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import dev.customers.api.audit.AuditTrail;

/**
 * Binds {@link AuditTrail}; needs a Storage and the core plumbing. Installed by CustomersModule.
 */
public final class AuditModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(AuditTrail.class).to(DefaultAuditTrail.class).in(Scopes.SINGLETON);
  }
}
