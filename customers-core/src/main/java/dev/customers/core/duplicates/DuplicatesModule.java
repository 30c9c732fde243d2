package dev.customers.core.duplicates;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import dev.customers.api.duplicates.DuplicateService;

/** Binds the duplicate service. */
public final class DuplicatesModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(DuplicateService.class).to(DefaultDuplicateService.class).in(Scopes.SINGLETON);
  }
}
