package dev.customers.core.export;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import dev.customers.api.export.ExportService;

/** Binds the export service. */
public final class ExportModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(ExportService.class).to(DefaultExportService.class).in(Scopes.SINGLETON);
  }
}
