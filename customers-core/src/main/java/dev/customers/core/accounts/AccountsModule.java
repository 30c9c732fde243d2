package dev.customers.core.accounts;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import com.google.inject.multibindings.OptionalBinder;
import dev.customers.api.accounts.AccountService;
import dev.customers.api.accounts.AccountSettings;
import dev.customers.api.accounts.Notifier;

/**
 * Binds the account service, its {@link AccountSettings} (replaceable, default {@link
 * AccountSettings#defaults()}) and an optional {@link Notifier} the host provides.
 */
public final class AccountsModule extends AbstractModule {
  @Override
  protected void configure() {
    OptionalBinder.newOptionalBinder(binder(), AccountSettings.class)
        .setDefault()
        .toInstance(AccountSettings.defaults());
    OptionalBinder.newOptionalBinder(binder(), Notifier.class);
    bind(AccountService.class).to(DefaultAccountService.class).in(Scopes.SINGLETON);
  }
}
