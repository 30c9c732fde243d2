/** The roster: persons, customers, profiles, listing, search and birthdays. */
@NullMarked
package dev.customers.api.roster;

import org.jspecify.annotations.NullMarked;
