package dev.customers.core.forms;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import dev.customers.api.forms.FormService;

/** Binds the form service. */
public final class FormsModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(FormService.class).to(DefaultFormService.class).in(Scopes.SINGLETON);
  }
}
