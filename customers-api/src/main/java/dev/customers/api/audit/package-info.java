/** The audit trail: who changed what, when, with before and after values. */
@NullMarked
package dev.customers.api.audit;

import org.jspecify.annotations.NullMarked;
