/** Benchmarks: the SDK measured side by side with a named anchor in the same run. */
@NullMarked
package dev.customers.benchmarks;

import org.jspecify.annotations.NullMarked;
