/** Tags: create, rename, recolour, delete, assign to customers, count. */
@NullMarked
package dev.customers.api.tags;

import org.jspecify.annotations.NullMarked;
