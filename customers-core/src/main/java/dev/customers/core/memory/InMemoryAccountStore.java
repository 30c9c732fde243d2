package dev.customers.core.memory;

import dev.customers.api.ConflictException;
import dev.customers.api.OrganizationId;
import dev.customers.api.PersonId;
import dev.customers.api.accounts.ClaimStatus;
import dev.customers.api.spi.AccountStore;
import dev.customers.api.spi.Credential;
import dev.customers.api.spi.StoredInvite;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Account invites and credentials in memory. Write transactions run one at a time, so a consume
 * that finds the invite pending is the only one.
 */
final class InMemoryAccountStore implements AccountStore {
  private final AccountTables tables;
  private final Changes changes;

  InMemoryAccountStore(AccountTables tables, Changes changes) {
    this.tables = tables;
    this.changes = changes;
  }

  @Override
  public void insertInvite(StoredInvite invite) {
    Map<String, StoredInvite> invites = Maps.inner(tables.invites, invite.organizationId());
    if (invites.containsKey(invite.tokenHash())) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE, "an invite with this token exists already", null);
    }
    changes.put(invites, invite.tokenHash(), invite);
    Map<PersonId, List<String>> of = Maps.inner(tables.invitesOf, invite.organizationId());
    changes.put(
        of, invite.personId(), Maps.appended(of.get(invite.personId()), invite.tokenHash()));
  }

  @Override
  public List<StoredInvite> invites(OrganizationId organizationId, PersonId personId) {
    List<String> hashes =
        Maps.peek(tables.invitesOf, organizationId).getOrDefault(personId, List.of());
    Map<String, StoredInvite> invites = Maps.peek(tables.invites, organizationId);
    List<StoredInvite> newestFirst = new ArrayList<>(hashes.size());
    for (int i = hashes.size() - 1; i >= 0; i--) {
      newestFirst.add(invites.get(hashes.get(i)));
    }
    return newestFirst;
  }

  @Override
  public Optional<StoredInvite> findInvite(OrganizationId organizationId, String tokenHash) {
    return Optional.ofNullable(Maps.peek(tables.invites, organizationId).get(tokenHash));
  }

  @Override
  public int endPending(
      OrganizationId organizationId, PersonId personId, StoredInvite.State to, Instant at) {
    int ended = 0;
    for (StoredInvite invite : invites(organizationId, personId)) {
      if (invite.state() == StoredInvite.State.PENDING) {
        changes.put(
            Maps.inner(tables.invites, organizationId), invite.tokenHash(), invite.ended(to, at));
        ended++;
      }
    }
    return ended;
  }

  @Override
  public boolean consume(OrganizationId organizationId, String tokenHash, Instant now) {
    StoredInvite invite = Maps.peek(tables.invites, organizationId).get(tokenHash);
    if (invite == null
        || invite.state() != StoredInvite.State.PENDING
        || !invite.expiresAt().isAfter(now)) {
      return false;
    }
    changes.put(
        Maps.inner(tables.invites, organizationId),
        tokenHash,
        invite.ended(StoredInvite.State.CLAIMED, now));
    return true;
  }

  @Override
  public Optional<Credential> lockCredential(OrganizationId organizationId, PersonId personId) {
    return credential(organizationId, personId);
  }

  @Override
  public ClaimStatus claimStatus(OrganizationId organizationId, PersonId personId, Instant now) {
    return status(tables, organizationId, personId, now);
  }

  /** The claim status, also for roster filters ({@link InMemoryCriteria}). */
  static ClaimStatus status(
      AccountTables tables, OrganizationId organizationId, PersonId personId, Instant now) {
    if (Maps.peek(tables.credentials, organizationId).containsKey(personId)) {
      return ClaimStatus.CLAIMED;
    }
    Map<String, StoredInvite> invites = Maps.peek(tables.invites, organizationId);
    for (String hash :
        Maps.peek(tables.invitesOf, organizationId).getOrDefault(personId, List.of())) {
      StoredInvite invite = invites.get(hash);
      if (invite != null && invite.state() == StoredInvite.State.PENDING) {
        return invite.expiresAt().isAfter(now) ? ClaimStatus.INVITED : ClaimStatus.EXPIRED;
      }
    }
    return ClaimStatus.NOT_INVITED;
  }

  @Override
  public Optional<Credential> credential(OrganizationId organizationId, PersonId personId) {
    return Optional.ofNullable(Maps.peek(tables.credentials, organizationId).get(personId));
  }

  @Override
  public boolean hasCredential(OrganizationId organizationId, PersonId personId) {
    return Maps.peek(tables.credentials, organizationId).containsKey(personId);
  }

  @Override
  public void putCredential(Credential credential) {
    changes.put(
        Maps.inner(tables.credentials, credential.organizationId()),
        credential.personId(),
        credential);
  }
}
