/** Customer accounts: invites, claims, password hashing and logins. */
@NullMarked
package dev.customers.core.accounts;

import org.jspecify.annotations.NullMarked;
