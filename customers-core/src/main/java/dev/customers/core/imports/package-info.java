/** Roster import: reading sources, mapping rows, and running imports as stored, resumable jobs. */
@NullMarked
package dev.customers.core.imports;

import org.jspecify.annotations.NullMarked;
