package dev.customers.core.family;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import dev.customers.api.family.FamilyService;

/** Binds the family service. */
public final class FamilyModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(FamilyService.class).to(DefaultFamilyService.class).in(Scopes.SINGLETON);
  }
}
