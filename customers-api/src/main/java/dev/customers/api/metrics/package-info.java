/** Metrics: definitions, readings, current values, history and summaries. */
@NullMarked
package dev.customers.api.metrics;

import org.jspecify.annotations.NullMarked;
