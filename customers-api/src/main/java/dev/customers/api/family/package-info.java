/** Family accounts: guardians, dependants, guest accounts and what a guardian may do. */
@NullMarked
package dev.customers.api.family;

import org.jspecify.annotations.NullMarked;
