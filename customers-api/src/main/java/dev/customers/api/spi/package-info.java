/**
 * The storage SPI that adapters implement. It evolves faster than the API and grows through default
 * methods.
 */
@NullMarked
package dev.customers.api.spi;

import org.jspecify.annotations.NullMarked;
