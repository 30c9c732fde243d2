/** The roster service: validation, permissions, birthdays. */
@NullMarked
package dev.customers.core.roster;

import org.jspecify.annotations.NullMarked;
