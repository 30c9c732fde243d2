/**
 * The whole profile in one call: the service that assembles what a caller may see, and its Guice
 * module.
 */
@NullMarked
package dev.customers.core.profile;

import org.jspecify.annotations.NullMarked;
