/** The audit trail service. */
@NullMarked
package dev.customers.core.audit;

import org.jspecify.annotations.NullMarked;
