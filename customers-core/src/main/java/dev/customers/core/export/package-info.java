/** Roster export: pages read one transaction at a time and streamed as CSV or JSON. */
@NullMarked
package dev.customers.core.export;

import org.jspecify.annotations.NullMarked;
