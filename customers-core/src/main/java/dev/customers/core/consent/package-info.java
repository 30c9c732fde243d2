/** Consent: the service that records customers' consent decisions, and its Guice module. */
@NullMarked
package dev.customers.core.consent;

import org.jspecify.annotations.NullMarked;
