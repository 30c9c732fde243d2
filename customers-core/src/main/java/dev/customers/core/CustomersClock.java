package dev.customers.core;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Qualifies the {@link java.time.Clock} the SDK reads time from, so the SDK never binds a bare
 * {@code Clock} in a host's injector: replace it with {@code
 * OptionalBinder.newOptionalBinder(binder(), Key.get(Clock.class, CustomersClock.class))
 * .setBinding()} or {@code CustomersSdk.builder().clock(...)}.
 */
@Qualifier
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, METHOD})
public @interface CustomersClock {}
