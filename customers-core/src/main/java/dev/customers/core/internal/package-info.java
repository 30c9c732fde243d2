/**
 * Plumbing shared by the core's capabilities: transactions, events, ids, access rules. Not API: it
 * may change in any release.
 */
@NullMarked
package dev.customers.core.internal;

import org.jspecify.annotations.NullMarked;
