/** Custom fields: definitions, types, visibility, ordering and values. */
@NullMarked
package dev.customers.api.fields;

import org.jspecify.annotations.NullMarked;
