/** Likely duplicate customers, found by blocking on emails, phones, names and birthdays. */
@NullMarked
package dev.customers.core.duplicates;

import org.jspecify.annotations.NullMarked;
