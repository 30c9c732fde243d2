/** The whole profile of a customer as the caller may see it. */
@NullMarked
package dev.customers.api.profile;

import org.jspecify.annotations.NullMarked;
