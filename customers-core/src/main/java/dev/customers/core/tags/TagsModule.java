package dev.customers.core.tags;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import dev.customers.api.tags.TagService;

/** Binds {@link TagService}. Installed by CustomersModule. */
public final class TagsModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(TagService.class).to(DefaultTagService.class).in(Scopes.SINGLETON);
  }
}
