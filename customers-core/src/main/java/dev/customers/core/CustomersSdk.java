package dev.customers.core;

import static java.util.Objects.requireNonNull;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.spi.Message;
import com.google.inject.util.Modules;
import dev.customers.api.Customers;
import dev.customers.api.CustomersException;
import dev.customers.api.accounts.AccountSettings;
import dev.customers.api.accounts.Notifier;
import dev.customers.api.event.EventListener;
import dev.customers.core.memory.InMemoryStorageModule;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Starts the SDK for hosts that do not use Guice: {@code CustomersSdk.builder().storage(new
 * SomeStorageModule(...)).listener(l).build()}.
 */
public final class CustomersSdk {
  private CustomersSdk() {}

  public static Builder builder() {
    return new Builder();
  }

  /** The whole SDK in memory, on the system clock. */
  public static Customers inMemory() {
    return builder().build();
  }

  /** Collects the storage, clock, listeners and overrides, then builds the runtime. */
  public static final class Builder {
    private Module storage = new InMemoryStorageModule();
    private final List<Module> modules = new ArrayList<>();
    private final List<Module> overrides = new ArrayList<>();

    private Builder() {}

    /** The storage module; in-memory storage when not set. */
    public Builder storage(Module storageModule) {
      this.storage = requireNonNull(storageModule, "storageModule");
      return this;
    }

    public Builder clock(Clock clock) {
      requireNonNull(clock, "clock");
      modules.add(
          binder ->
              OptionalBinder.newOptionalBinder(binder, Key.get(Clock.class, CustomersClock.class))
                  .setBinding()
                  .toInstance(clock));
      return this;
    }

    public Builder listener(EventListener listener) {
      requireNonNull(listener, "listener");
      modules.add(
          binder ->
              Multibinder.newSetBinder(binder, EventListener.class)
                  .addBinding()
                  .toInstance(listener));
      return this;
    }

    /** The host's way to send account invites (an email or SMS service). */
    public Builder notifier(Notifier notifier) {
      requireNonNull(notifier, "notifier");
      modules.add(
          binder ->
              OptionalBinder.newOptionalBinder(binder, Notifier.class)
                  .setBinding()
                  .toInstance(notifier));
      return this;
    }

    /** How accounts behave (invite lifetime, password length, lockout, Argon2 cost). */
    public Builder accounts(AccountSettings settings) {
      requireNonNull(settings, "settings");
      modules.add(
          binder ->
              OptionalBinder.newOptionalBinder(binder, AccountSettings.class)
                  .setBinding()
                  .toInstance(settings));
      return this;
    }

    /** How imports behave (cell and source limits, how long a running job's claim holds). */
    public Builder imports(dev.customers.api.imports.ImportSettings settings) {
      requireNonNull(settings, "settings");
      modules.add(
          binder ->
              OptionalBinder.newOptionalBinder(
                      binder, dev.customers.api.imports.ImportSettings.class)
                  .setBinding()
                  .toInstance(settings));
      return this;
    }

    /** Another module to install beside the SDK's (a host's own bindings). */
    public Builder module(Module module) {
      modules.add(requireNonNull(module, "module"));
      return this;
    }

    /** Bindings that replace the SDK's own, through {@link Modules#override}. */
    public Builder override(Module module) {
      overrides.add(requireNonNull(module, "module"));
      return this;
    }

    /** Builds the runtime and delivers any events a previous run left undelivered. */
    public Customers build() {
      List<Module> all = new ArrayList<>(modules);
      all.add(new CustomersModule());
      all.add(storage);
      Module combined = Modules.override(all).with(overrides);
      Customers customers;
      try {
        customers = Guice.createInjector(combined).getInstance(Customers.class);
      } catch (ProvisionException | CreationException e) {
        throw sdkError(e);
      }
      customers.deliverPendingEvents();
      return customers;
    }

    /**
     * The SDK's own error behind Guice's (a storage that cannot start, say), so a host catching
     * {@link CustomersException} sees it; Guice's own when there is none (a wiring mistake).
     */
    private static RuntimeException sdkError(RuntimeException guice) {
      for (Throwable cause = guice.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof CustomersException sdk) {
          return sdk;
        }
      }
      Collection<Message> messages =
          guice instanceof ProvisionException p
              ? p.getErrorMessages()
              : ((CreationException) guice).getErrorMessages();
      for (Message message : messages) {
        for (Throwable cause = message.getCause(); cause != null; cause = cause.getCause()) {
          if (cause instanceof CustomersException sdk) {
            return sdk;
          }
        }
      }
      return guice;
    }
  }
}
