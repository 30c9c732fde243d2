/**
 * Test support: the storage conformance suite for adapter authors, a fixed clock, fixtures and an
 * in-memory bootstrap.
 */
@NullMarked
package dev.customers.testkit;

import org.jspecify.annotations.NullMarked;
