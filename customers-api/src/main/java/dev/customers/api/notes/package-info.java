/** Notes on customers: visibility, revisions, pins and alerts. */
@NullMarked
package dev.customers.api.notes;

import org.jspecify.annotations.NullMarked;
