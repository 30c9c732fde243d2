/** Likely duplicate customers on a roster, and why each pair looks alike. */
@NullMarked
package dev.customers.api.duplicates;

import org.jspecify.annotations.NullMarked;
