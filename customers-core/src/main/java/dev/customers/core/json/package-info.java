/** JSON for the API's types through a host's own Jackson {@code ObjectMapper}. */
@NullMarked
package dev.customers.core.json;

import org.jspecify.annotations.NullMarked;
