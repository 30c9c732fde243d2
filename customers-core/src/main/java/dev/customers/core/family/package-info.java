/** Family accounts: guardian links, guest accounts and the family view. */
@NullMarked
package dev.customers.core.family;

import org.jspecify.annotations.NullMarked;
