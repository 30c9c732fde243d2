package dev.customers.core;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Scopes;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.customers.api.Customers;
import dev.customers.api.event.EventListener;
import dev.customers.api.spi.IdSource;
import dev.customers.core.audit.AuditModule;
import dev.customers.core.internal.UuidV7Source;
import dev.customers.core.org.OrganizationModule;
import dev.customers.core.roster.RosterModule;
import java.time.Clock;

/**
 * The SDK's services for a Guice host. Binds {@link Customers} and every service in it, a
 * replaceable {@link Clock} under {@link CustomersClock} (default: system UTC) and {@link IdSource}
 * (default: UUIDv7), and an empty set of {@link EventListener}s to add to with a {@link
 * Multibinder}. Needs a {@link dev.customers.api.spi.Storage}, from a storage module such as {@link
 * dev.customers.core.memory.InMemoryStorageModule}.
 */
public final class CustomersModule extends AbstractModule {
  @Override
  protected void configure() {
    // Qualified: a host's injector may well bind its own Clock.
    OptionalBinder.newOptionalBinder(binder(), Key.get(Clock.class, CustomersClock.class))
        .setDefault()
        .toInstance(Clock.systemUTC());
    OptionalBinder.newOptionalBinder(binder(), IdSource.class).setDefault().to(UuidV7Source.class);
    Multibinder.newSetBinder(binder(), EventListener.class);
    install(new OrganizationModule());
    install(new RosterModule());
    install(new AuditModule());
    install(new dev.customers.core.fields.FieldsModule());
    install(new dev.customers.core.tags.TagsModule());
    install(new dev.customers.core.notes.NotesModule());
    install(new dev.customers.core.metrics.MetricsModule());
    install(new dev.customers.core.consent.ConsentModule());
    install(new dev.customers.core.family.FamilyModule());
    install(new dev.customers.core.accounts.AccountsModule());
    install(new dev.customers.core.forms.FormsModule());
    install(new dev.customers.core.export.ExportModule());
    install(new dev.customers.core.duplicates.DuplicatesModule());
    install(new dev.customers.core.imports.ImportsModule());
    install(new dev.customers.core.profile.ProfileModule());
    bind(Customers.class).to(DefaultCustomers.class).in(Scopes.SINGLETON);
  }

  // One instance of the module is as good as another, so installing it twice is harmless.
  @Override
  public boolean equals(Object other) {
    return other instanceof CustomersModule;
  }

  @Override
  public int hashCode() {
    return CustomersModule.class.hashCode();
  }
}
