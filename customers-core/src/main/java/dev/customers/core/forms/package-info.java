/** Forms: publishing versions, their JSON Schema, and submissions written all or nothing. */
@NullMarked
package dev.customers.core.forms;

import org.jspecify.annotations.NullMarked;
