/**
 * The SDK's runtime: {@link dev.customers.core.CustomersSdk} for hosts without Guice, {@link
 * dev.customers.core.CustomersModule} for hosts with it.
 */
@NullMarked
package dev.customers.core;

import org.jspecify.annotations.NullMarked;
