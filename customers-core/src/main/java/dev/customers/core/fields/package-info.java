/** Custom fields: the service for definitions, display order and values, and its Guice module. */
@NullMarked
package dev.customers.core.fields;

import org.jspecify.annotations.NullMarked;
