package dev.customers.api.spi;

import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import dev.customers.api.accounts.ClaimStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores account invites (by the hash of their token) and credentials, per organization. */
public interface AccountStore {

  /**
   * Adds an invite; a token hash already stored is a DUPLICATE conflict.
   *
   * @param invite the invite
   */
  void insertInvite(StoredInvite invite);

  /**
   * The person's invites on the organization's roster, newest first.
   *
   * @param organizationId the organization
   * @param personId the person
   * @return the person's invites, newest first
   */
  List<StoredInvite> invites(OrganizationId organizationId, PersonId personId);

  /**
   * The invite whose token has this hash, if any.
   *
   * @param organizationId the organization
   * @param tokenHash the token's hash
   * @return the invite whose token has this hash, if any
   */
  Optional<StoredInvite> findInvite(OrganizationId organizationId, String tokenHash);

  /**
   * Ends the person's pending invites (replaced or revoked) at {@code at}.
   *
   * @param organizationId the organization
   * @param personId the person
   * @param to REPLACED or REVOKED
   * @param at when
   * @return how many were pending
   */
  int endPending(
      OrganizationId organizationId, PersonId personId, StoredInvite.State to, Instant at);

  /**
   * Uses the invite whose token has this hash, in one conditional write: it succeeds only when the
   * invite is still pending and not expired at {@code now}, so of two concurrent claims at most one
   * succeeds.
   *
   * @param organizationId the organization
   * @param tokenHash the token's hash
   * @param now the claim's time
   * @return whether this call used the invite
   */
  boolean consume(OrganizationId organizationId, String tokenHash, Instant now);

  /**
   * The person's credential, read for an update that follows in the same transaction (a row lock in
   * SQL), so two logins at once count both wrong passwords.
   *
   * @param organizationId the organization
   * @param personId the person
   * @return the person's credential, if they claimed their account
   */
  Optional<Credential> lockCredential(OrganizationId organizationId, PersonId personId);

  /**
   * Where the person's account stands at {@code now}: claimed when they have a credential; invited
   * or expired by their pending invite; not invited otherwise. One read: the profile shows it.
   *
   * @param organizationId the organization
   * @param personId the person
   * @param now the time an invite's expiry is compared with
   * @return where the person's account stands
   */
  ClaimStatus claimStatus(OrganizationId organizationId, PersonId personId, Instant now);

  /**
   * The person's credential, read without a lock (to show, not to change).
   *
   * @param organizationId the organization
   * @param personId the person
   * @return the person's credential, if they claimed their account
   */
  Optional<Credential> credential(OrganizationId organizationId, PersonId personId);

  /**
   * Whether the person has a credential: has claimed their account.
   *
   * @param organizationId the organization
   * @param personId the person
   * @return whether the person has a credential
   */
  boolean hasCredential(OrganizationId organizationId, PersonId personId);

  /**
   * Stores the credential, replacing the person's earlier one.
   *
   * @param credential the credential
   */
  void putCredential(Credential credential);
}
