/** Metrics: the service for definitions, readings, history and summaries, and its Guice module. */
@NullMarked
package dev.customers.core.metrics;

import org.jspecify.annotations.NullMarked;
