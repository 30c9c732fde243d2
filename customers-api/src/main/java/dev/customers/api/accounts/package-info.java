/** Customer accounts: invites to claim an account, claims, passwords and logins. */
@NullMarked
package dev.customers.api.accounts;

import org.jspecify.annotations.NullMarked;
