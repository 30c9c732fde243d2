/** Organizations: the tenants every call runs for. */
@NullMarked
package dev.customers.api.org;

import org.jspecify.annotations.NullMarked;
