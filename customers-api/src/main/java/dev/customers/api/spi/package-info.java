/**
 * The storage SPI that adapters implement. It evolves faster than the API and grows through default
 * methods: a store added after the roster's five is a default {@link
 * dev.customers.api.spi.StoreSession} accessor that throws {@link
 * dev.customers.api.spi.StoreNotProvidedException} until an adapter provides it.
 */
@NullMarked
package dev.customers.api.spi;

import org.jspecify.annotations.NullMarked;
