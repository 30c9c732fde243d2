/**
 * The Customers SDK's public API: caller context, typed ids, paging, errors and the runtime entry
 * point.
 */
@NullMarked
package dev.customers.api;

import org.jspecify.annotations.NullMarked;
