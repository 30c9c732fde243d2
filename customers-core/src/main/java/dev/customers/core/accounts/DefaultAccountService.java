package dev.customers.core.accounts;

import static java.util.Objects.requireNonNull;

import dev.customers.api.Caller;
import dev.customers.api.ConflictException;
import dev.customers.api.CustomerId;
import dev.customers.api.InvalidStateException;
import dev.customers.api.OrganizationId;
import dev.customers.api.StaffRole;
import dev.customers.api.accounts.AccountInvite;
import dev.customers.api.accounts.AccountMessage;
import dev.customers.api.accounts.AccountService;
import dev.customers.api.accounts.AccountSettings;
import dev.customers.api.accounts.ClaimStatus;
import dev.customers.api.accounts.ClaimedAccount;
import dev.customers.api.accounts.LoginResult;
import dev.customers.api.accounts.Notifier;
import dev.customers.api.audit.FieldChange;
import dev.customers.api.family.GuardianPermission;
import dev.customers.api.roster.EmailAddress;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.spi.Credential;
import dev.customers.api.spi.StoredInvite;
import dev.customers.core.internal.AccountReads;
import dev.customers.core.internal.Lookups;
import dev.customers.core.internal.Transactions;
import dev.customers.core.internal.Work;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Invites, claims and logins. Tokens are made and hashed by {@link Tokens}; the token in clear
 * leaves only through the {@link Notifier}, after the invite's transaction committed.
 */
final class DefaultAccountService implements AccountService {
  private static final String ACCOUNT = "account";

  private final Transactions transactions;
  private final AccountSettings settings;
  private final Optional<Notifier> notifier;
  private final Tokens tokens = new Tokens();
  private final PasswordHasher hasher;
  private final PasswordRules rules;

  @Inject
  DefaultAccountService(
      Transactions transactions, AccountSettings settings, Optional<Notifier> notifier) {
    this.transactions = transactions;
    this.settings = settings;
    this.notifier = notifier;
    this.hasher = new PasswordHasher(settings);
    this.rules = new PasswordRules(settings);
  }

  @Override
  public AccountInvite invite(Caller caller, CustomerId customerId) {
    return send(caller, customerId, false);
  }

  @Override
  public AccountInvite resend(Caller caller, CustomerId customerId) {
    return send(caller, customerId, true);
  }

  private AccountInvite send(Caller caller, CustomerId customerId, boolean again) {
    requireNonNull(customerId, "customerId");
    Notifier sender =
        notifier.orElseThrow(
            () ->
                new InvalidStateException(
                    "no Notifier is configured to send invites: pass one to"
                        + " CustomersSdk.builder().notifier(...)"));
    String token = tokens.next();
    Sent sent =
        transactions.write(
            caller,
            work -> {
              work.permissions().requireStaff(StaffRole.STAFF, "invite customers to their account");
              RosterEntry entry = active(work, customerId);
              EmailAddress email = entry.person().email();
              if (email == null) {
                throw new InvalidStateException(
                    "customer " + customerId + " has no email: give them one before inviting them");
              }
              ClaimStatus before = status(work, entry);
              if (before == ClaimStatus.CLAIMED) {
                throw new InvalidStateException(
                    "customer " + customerId + " has claimed their account already");
              }
              if (before == ClaimStatus.INVITED && !again) {
                throw new ConflictException(
                    ConflictException.Reason.DUPLICATE,
                    "customer " + customerId + " has an invite that still works: resend it instead",
                    customerId.toString());
              }
              OrganizationId org = work.organization().id();
              work.session()
                  .accounts()
                  .endPending(org, entry.person().id(), StoredInvite.State.REPLACED, work.now());
              Instant expires = work.now().plus(settings.inviteLifetime());
              work.session()
                  .accounts()
                  .insertInvite(
                      new StoredInvite(
                          org,
                          Tokens.hash(Tokens.CLAIM, org, token),
                          entry.person().id(),
                          Tokens.CLAIM,
                          email.value(),
                          work.now(),
                          expires,
                          StoredInvite.State.PENDING,
                          null));
              audit(
                  work,
                  customerId,
                  again ? "account.invite_resent" : "account.invited",
                  before,
                  ClaimStatus.INVITED);
              return new Sent(
                  new AccountInvite(customerId, email.value(), work.now(), expires),
                  new AccountMessage(
                      org, customerId, entry.displayName(), email.value(), token, expires));
            });
    transactions.storage().whenCommitted(() -> sender.send(sent.message()));
    return sent.invite();
  }

  /** What an invite's transaction made: the invite staff see and the message with its token. */
  private record Sent(AccountInvite invite, AccountMessage message) {}

  @Override
  public void revoke(Caller caller, CustomerId customerId) {
    requireNonNull(customerId, "customerId");
    transactions.run(
        caller,
        work -> {
          work.permissions().requireStaff(StaffRole.STAFF, "revoke account invites");
          RosterEntry entry =
              Lookups.customer(work.session(), work.organization().id(), customerId);
          ClaimStatus before = status(work, entry);
          int ended =
              work.session()
                  .accounts()
                  .endPending(
                      work.organization().id(),
                      entry.person().id(),
                      StoredInvite.State.REVOKED,
                      work.now());
          if (ended == 0) {
            throw new InvalidStateException(
                "customer " + customerId + " has no open invite to revoke (status " + before + ")");
          }
          audit(work, customerId, "account.invite_revoked", before, ClaimStatus.NOT_INVITED);
        });
  }

  @Override
  public ClaimStatus status(Caller caller, CustomerId customerId) {
    requireNonNull(customerId, "customerId");
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          RosterEntry entry = Lookups.customer(session, organization.id(), customerId);
          permissions.requireAccount(
              StaffRole.STAFF,
              entry.person().id(),
              GuardianPermission.VIEW_PROFILE,
              "read the account status of customer " + customerId);
          return AccountReads.status(
              session, organization.id(), entry.person().id(), transactions.now());
        });
  }

  @Override
  public ClaimedAccount claim(OrganizationId organizationId, String token, String password) {
    requireNonNull(organizationId, "organizationId");
    requireNonNull(token, "token");
    requireNonNull(password, "password");
    rules.check(password);
    if (!Tokens.plausible(token)) {
      throw notWorking();
    }
    String tokenHash = Tokens.hash(Tokens.CLAIM, organizationId, token);
    Caller claimant = Caller.of(organizationId, dev.customers.api.Actor.system("account-claim"));
    // A token that cannot work is refused before the password is hashed: Argon2 costs 30 ms,
    // which a stream of made-up tokens should not get to spend.
    transactions.read(
        claimant,
        (organization, session, permissions) ->
            usable(session.accounts().findInvite(organizationId, tokenHash), transactions.now()));
    // Hashed outside the transaction, so it does not hold the claim's locks.
    String passwordHash = hasher.hash(password);
    return transactions.write(
        claimant,
        work -> {
          StoredInvite invite =
              usable(work.session().accounts().findInvite(organizationId, tokenHash), work.now());
          if (!work.session().accounts().consume(organizationId, tokenHash, work.now())) {
            throw notWorking();
          }
          RosterEntry entry =
              work.session()
                  .customers()
                  .findByPerson(organizationId, invite.personId())
                  .filter(c -> !c.isArchived())
                  .flatMap(c -> work.session().customers().find(organizationId, c.id()))
                  .orElseThrow(
                      () ->
                          new InvalidStateException(
                              "the invited customer is no longer on the roster"));
          work.session()
              .accounts()
              .putCredential(
                  new Credential(
                      organizationId, invite.personId(), passwordHash, 0, null, work.now()));
          audit(work, entry.id(), "account.claimed", ClaimStatus.INVITED, ClaimStatus.CLAIMED);
          return new ClaimedAccount(entry.id(), invite.personId());
        });
  }

  @Override
  public LoginResult verifyPassword(OrganizationId organizationId, String email, String password) {
    requireNonNull(organizationId, "organizationId");
    requireNonNull(email, "email");
    requireNonNull(password, "password");
    if (password.length() > PasswordRules.MAX_LENGTH * 2) {
      return new LoginResult.Refused();
    }
    Optional<String> key = emailKey(email);
    Caller login = Caller.of(organizationId, dev.customers.api.Actor.system("login"));
    return transactions.write(
        login,
        work -> {
          Optional<RosterEntry> entry =
              key.flatMap(k -> work.session().customers().findActiveByEmail(organizationId, k));
          Optional<Credential> stored =
              entry.flatMap(
                  e -> work.session().accounts().lockCredential(organizationId, e.person().id()));
          if (entry.isEmpty() || stored.isEmpty()) {
            hasher.matchNothing(password);
            return new LoginResult.Refused();
          }
          Credential credential = stored.get();
          Instant now = work.now();
          if (credential.lockedUntil() != null && credential.lockedUntil().isAfter(now)) {
            return new LoginResult.Locked(credential.lockedUntil());
          }
          if (hasher.matches(password, credential.passwordHash())) {
            String hash =
                hasher.outdated(credential.passwordHash())
                    ? hasher.hash(password)
                    : credential.passwordHash();
            if (credential.failedLogins() != 0
                || credential.lockedUntil() != null
                || !hash.equals(credential.passwordHash())) {
              work.session()
                  .accounts()
                  .putCredential(
                      new Credential(organizationId, credential.personId(), hash, 0, null, now));
            }
            return new LoginResult.Accepted(
                new ClaimedAccount(entry.get().id(), credential.personId()));
          }
          int failed = credential.failedLogins() + 1;
          Instant until =
              failed >= settings.maxFailedLogins() ? now.plus(settings.lockout()) : null;
          work.session()
              .accounts()
              .putCredential(
                  new Credential(
                      organizationId,
                      credential.personId(),
                      credential.passwordHash(),
                      until == null ? failed : 0,
                      until,
                      now));
          if (until != null) {
            work.audit(
                entry.get().id(),
                "account.locked",
                List.of(new FieldChange("account.locked_until", null, until.toString())));
            return new LoginResult.Locked(until);
          }
          return new LoginResult.Refused();
        });
  }

  /** The lookup key of a typed email; none for text that cannot be an email (no account). */
  private static Optional<String> emailKey(String email) {
    String typed = email.strip();
    return EmailAddress.isValid(typed)
        ? Optional.of(EmailAddress.of(typed).key())
        : Optional.empty();
  }

  private static RosterEntry active(Work work, CustomerId customerId) {
    RosterEntry entry = Lookups.customer(work.session(), work.organization().id(), customerId);
    if (entry.customer().isArchived()) {
      throw new InvalidStateException(
          "customer " + customerId + " is archived: unarchive them before inviting them");
    }
    return entry;
  }

  private static ClaimStatus status(Work work, RosterEntry entry) {
    return AccountReads.status(
        work.session(), work.organization().id(), entry.person().id(), work.now());
  }

  private static void audit(
      Work work, CustomerId customerId, String action, ClaimStatus before, ClaimStatus after) {
    work.audit(customerId, action, List.of(new FieldChange(ACCOUNT, before.name(), after.name())));
  }

  /** The invite if its token can still be used; otherwise why not. */
  private static StoredInvite usable(Optional<StoredInvite> found, Instant now) {
    StoredInvite invite =
        found
            .filter(i -> i.purpose().equals(Tokens.CLAIM))
            .orElseThrow(DefaultAccountService::notWorking);
    if (invite.state() != StoredInvite.State.PENDING) {
      throw notWorking();
    }
    if (!invite.expiresAt().isAfter(now)) {
      throw new InvalidStateException(
          "this invite expired at " + invite.expiresAt() + ": ask for a new one");
    }
    return invite;
  }

  private static InvalidStateException notWorking() {
    return new InvalidStateException(
        "this invite link does not work: it was used, replaced by a newer one, revoked, or never"
            + " issued; ask for a new invite");
  }
}
