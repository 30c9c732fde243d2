/** Roster export: the roster, or a filtered part of it, streamed as CSV or JSON. */
@NullMarked
package dev.customers.api.export;

import org.jspecify.annotations.NullMarked;
