package dev.customers.core.profile;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import dev.customers.api.profile.ProfileService;

/** Binds {@link ProfileService}. Installed by CustomersModule. */
public final class ProfileModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(ProfileService.class).to(DefaultProfileService.class).in(Scopes.SINGLETON);
  }
}
