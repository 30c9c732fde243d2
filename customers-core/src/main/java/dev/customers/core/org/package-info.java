/** The organization service. */
@NullMarked
package dev.customers.core.org;

import org.jspecify.annotations.NullMarked;
