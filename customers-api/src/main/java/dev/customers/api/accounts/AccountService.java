package dev.customers.api.accounts;

import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.OrganizationId;

/**
 * Customer accounts: staff invite a customer with an email to claim their account; the customer
 * claims it with the token from the {@link Notifier}'s message and a password; the host's login
 * checks passwords. A token is 32 random bytes, bound to its purpose, person and organization,
 * stored only as a hash, and works once.
 */
public interface AccountService {

  /**
   * Invites the customer to claim their account (staff): a new token goes to the {@link Notifier}
   * after the commit. Refused when the customer has no email, has claimed already, or has an invite
   * that still works (resend it instead).
   *
   * @param caller who is calling, for which organization
   * @param customerId the customer to invite
   * @return the invite, without its token
   */
  AccountInvite invite(Caller caller, CustomerId customerId);

  /**
   * Sends a new invite (staff); the earlier one stops working at once.
   *
   * @param caller who is calling, for which organization
   * @param customerId the customer to invite again
   * @return the new invite, without its token
   */
  AccountInvite resend(Caller caller, CustomerId customerId);

  /**
   * Revokes the customer's open invite (staff); the status goes back to not invited.
   *
   * @param caller who is calling, for which organization
   * @param customerId the customer
   */
  void revoke(Caller caller, CustomerId customerId);

  /**
   * The customer's claim status (staff, the customer, or a guardian who may view them).
   *
   * @param caller who is calling, for which organization
   * @param customerId the customer
   * @return the customer's claim status
   */
  ClaimStatus status(Caller caller, CustomerId customerId);

  /**
   * Claims an account with the token from an invite and a new password. The token works once: of
   * two claims at once, one succeeds. The password must be long enough and not a common one.
   *
   * @param organizationId the organization the claim link belongs to
   * @param token the token from the invite
   * @param password the new password
   * @return the claimed account
   * @throws dev.customers.api.ValidationException if the password is too short or common
   * @throws dev.customers.api.InvalidStateException if the token does not work (unknown, used,
   *     replaced, revoked or expired)
   */
  ClaimedAccount claim(OrganizationId organizationId, String token, String password);

  /**
   * Checks a password for the host's login, in constant time; re-hashes a stored password whose
   * parameters are older than the settings; after too many wrong passwords in a row the account is
   * locked for a while (the lock is stored, so it holds across instances).
   *
   * @param organizationId the organization whose roster the customer is on
   * @param email the customer's email
   * @param password the password given
   * @return accepted, refused, or locked until when
   */
  LoginResult verifyPassword(OrganizationId organizationId, String email, String password);
}
