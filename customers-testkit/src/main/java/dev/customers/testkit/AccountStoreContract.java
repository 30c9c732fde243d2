package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.ConflictException;
import dev.customers.api.accounts.ClaimStatus;
import dev.customers.api.org.Organization;
import dev.customers.api.roster.RosterEntry;
import dev.customers.api.spi.Credential;
import dev.customers.api.spi.StoredInvite;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.customers.api.spi.AccountStore}: invites found by their token's hash
 * per organization, ended and used by conditional writes, and credentials replaced whole. An
 * adapter's test extends it (or nests it) and says how to make its storage in {@link
 * #storageUnderTest()}.
 */
public abstract class AccountStoreContract extends StoreContractSupport {
  private StoredInvite invite(Organization org, RosterEntry who, String hash, Instant expires) {
    return new StoredInvite(
        org.id(),
        hash,
        who.person().id(),
        "account-claim",
        "ada@example.com",
        now(),
        expires,
        StoredInvite.State.PENDING,
        null);
  }

  private static String hash(char c) {
    return String.valueOf(c).repeat(64);
  }

  private boolean consume(Organization org, String hash, Instant at) {
    Boolean used = tx(s -> s.accounts().consume(org.id(), hash, at));
    return used;
  }

  private int endPending(RosterEntry who, StoredInvite.State to, Instant at) {
    Integer ended = tx(s -> s.accounts().endPending(orgA.id(), who.person().id(), to, at));
    return ended;
  }

  private boolean hasCredential(Organization org, RosterEntry who) {
    Boolean has = tx(s -> s.accounts().hasCredential(org.id(), who.person().id()));
    return has;
  }

  @Test
  void accounts_invites_foundByHash_perOrganization_newestFirst() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    StoredInvite first = invite(orgA, ada, hash('a'), now().plus(Duration.ofDays(7)));
    run(s -> s.accounts().insertInvite(first));
    clock.advance(Duration.ofMinutes(1));
    StoredInvite second = invite(orgA, ada, hash('b'), now().plus(Duration.ofDays(7)));
    run(s -> s.accounts().insertInvite(second));
    assertThat(optional(s -> s.accounts().findInvite(orgA.id(), hash('a')))).contains(first);
    assertThat(optional(s -> s.accounts().findInvite(orgB.id(), hash('a')))).isEmpty();
    assertThat(list(s -> s.accounts().invites(orgA.id(), ada.person().id())))
        .containsExactly(second, first);
    assertThat(list(s -> s.accounts().invites(orgB.id(), ada.person().id()))).isEmpty();
    assertThatThrownBy(() -> run(s -> s.accounts().insertInvite(first)))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void accounts_consume_onlyAPendingUnexpiredInvite_once() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    Instant expires = now().plus(Duration.ofHours(1));
    run(s -> s.accounts().insertInvite(invite(orgA, ada, hash('c'), expires)));
    assertThat(consume(orgB, hash('c'), now())).isFalse();
    assertThat(consume(orgA, hash('c'), expires)).as("at the expiry").isFalse();
    assertThat(consume(orgA, hash('c'), now())).isTrue();
    assertThat(consume(orgA, hash('c'), now())).as("a second time").isFalse();
    assertThat(optional(s -> s.accounts().findInvite(orgA.id(), hash('c'))))
        .hasValueSatisfying(i -> assertThat(i.state()).isEqualTo(StoredInvite.State.CLAIMED));
  }

  @Test
  void accounts_endPending_endsOnlyPendingInvites() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    Instant expires = now().plus(Duration.ofDays(1));
    run(s -> s.accounts().insertInvite(invite(orgA, ada, hash('d'), expires)));
    run(s -> s.accounts().insertInvite(invite(orgA, ada, hash('e'), expires)));
    assertThat(consume(orgA, hash('d'), now())).isTrue();
    Instant revoked = later();
    assertThat(endPending(ada, StoredInvite.State.REVOKED, revoked)).isEqualTo(1);
    assertThat(endPending(ada, StoredInvite.State.REVOKED, later())).isZero();
    assertThat(optional(s -> s.accounts().findInvite(orgA.id(), hash('e'))))
        .hasValueSatisfying(
            i -> {
              assertThat(i.state()).isEqualTo(StoredInvite.State.REVOKED);
              assertThat(i.endedAt()).isEqualTo(revoked);
            });
    assertThat(optional(s -> s.accounts().findInvite(orgA.id(), hash('d'))))
        .hasValueSatisfying(i -> assertThat(i.state()).isEqualTo(StoredInvite.State.CLAIMED));
  }

  private ClaimStatus status(RosterEntry who, Instant at) {
    ClaimStatus status = tx(s -> s.accounts().claimStatus(orgA.id(), who.person().id(), at));
    return status;
  }

  @Test
  void accounts_claimStatus_followsInvitesAndCredentials() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    RosterEntry ben = addCustomer(orgA, "Ben", "Adams", "ben@example.com");
    Instant expires = now().plus(Duration.ofHours(2));
    assertThat(status(ada, now())).isEqualTo(ClaimStatus.NOT_INVITED);
    run(s -> s.accounts().insertInvite(invite(orgA, ada, hash('f'), expires)));
    assertThat(status(ada, now())).isEqualTo(ClaimStatus.INVITED);
    assertThat(status(ada, expires)).isEqualTo(ClaimStatus.EXPIRED);
    assertThat(status(ben, now())).isEqualTo(ClaimStatus.NOT_INVITED);
    ClaimStatus elsewhere = tx(s -> s.accounts().claimStatus(orgB.id(), ada.person().id(), now()));
    assertThat(elsewhere).isEqualTo(ClaimStatus.NOT_INVITED);
    assertThat(endPending(ada, StoredInvite.State.REVOKED, now())).isEqualTo(1);
    assertThat(status(ada, now())).isEqualTo(ClaimStatus.NOT_INVITED);
    run(
        s ->
            s.accounts()
                .putCredential(
                    new Credential(orgA.id(), ada.person().id(), "$argon2id$x", 0, null, now())));
    assertThat(status(ada, now())).isEqualTo(ClaimStatus.CLAIMED);
  }

  @Test
  void accounts_credentials_putReplacesWhole_perOrganization() {
    RosterEntry ada = addCustomer(orgA, "Ada", "Lovelace", "ada@example.com");
    assertThat(hasCredential(orgA, ada)).isFalse();
    Credential first =
        new Credential(orgA.id(), ada.person().id(), "$argon2id$one", 0, null, now());
    run(s -> s.accounts().putCredential(first));
    Instant at = later();
    Credential locked =
        new Credential(orgA.id(), ada.person().id(), "$argon2id$two", 3, at.plusSeconds(900), at);
    run(s -> s.accounts().putCredential(locked));
    assertThat(hasCredential(orgA, ada)).isTrue();
    assertThat(hasCredential(orgB, ada)).isFalse();
    assertThat(optional(s -> s.accounts().lockCredential(orgA.id(), ada.person().id())))
        .contains(locked);
    assertThat(optional(s -> s.accounts().lockCredential(orgB.id(), ada.person().id()))).isEmpty();
    assertThat(optional(s -> s.accounts().credential(orgA.id(), ada.person().id())))
        .contains(locked);
    assertThat(optional(s -> s.accounts().credential(orgB.id(), ada.person().id()))).isEmpty();
  }
}
