package dev.customers.core.roster;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import dev.customers.api.roster.RosterService;

/**
 * Binds {@link RosterService}; needs a Storage and the core plumbing. Installed by CustomersModule.
 */
public final class RosterModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(RosterService.class).to(DefaultRosterService.class).in(Scopes.SINGLETON);
  }
}
