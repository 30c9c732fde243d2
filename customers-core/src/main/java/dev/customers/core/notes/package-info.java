/** Notes: the service for notes, their visibility and revisions, and its Guice module. */
@NullMarked
package dev.customers.core.notes;

import org.jspecify.annotations.NullMarked;
