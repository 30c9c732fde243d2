package dev.customers.core.fields;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import dev.customers.api.fields.FieldService;

/** Binds {@link FieldService}. Installed by CustomersModule. */
public final class FieldsModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(FieldService.class).to(DefaultFieldService.class).in(Scopes.SINGLETON);
  }
}
