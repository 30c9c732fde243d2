/** Tags: the service for tags and their assignments, and its Guice module. */
@NullMarked
package dev.customers.core.tags;

import org.jspecify.annotations.NullMarked;
