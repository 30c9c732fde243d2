/** Domain events delivered to listeners after a change commits. */
@NullMarked
package dev.customers.api.event;

import org.jspecify.annotations.NullMarked;
