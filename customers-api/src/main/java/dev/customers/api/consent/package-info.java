/** Consent per purpose and channel, with its history. */
@NullMarked
package dev.customers.api.consent;

import org.jspecify.annotations.NullMarked;
