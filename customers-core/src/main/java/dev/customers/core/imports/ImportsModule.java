package dev.customers.core.imports;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import com.google.inject.multibindings.OptionalBinder;
import dev.customers.api.imports.ImportService;
import dev.customers.api.imports.ImportSettings;

/** Binds the import service, with {@link ImportSettings#DEFAULTS} unless the host gives its own. */
public final class ImportsModule extends AbstractModule {
  @Override
  protected void configure() {
    OptionalBinder.newOptionalBinder(binder(), ImportSettings.class)
        .setDefault()
        .toInstance(ImportSettings.DEFAULTS);
    bind(ImportService.class).to(DefaultImportService.class).in(Scopes.SINGLETON);
  }
}
