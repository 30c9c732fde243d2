package dev.customers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.ConflictException;
import dev.customers.api.InvalidStateException;
import dev.customers.api.PageRequest;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.ValidationException;
import dev.customers.api.accounts.AccountInvite;
import dev.customers.api.accounts.AccountMessage;
import dev.customers.api.accounts.AccountService;
import dev.customers.api.accounts.ClaimStatus;
import dev.customers.api.accounts.ClaimedAccount;
import dev.customers.api.accounts.LoginResult;
import dev.customers.api.audit.AuditEntry;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerFilter;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.CustomerQuery;
import dev.customers.api.roster.RosterEntry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of customer accounts: invite, resend, revoke, claim once, expiry by the clock,
 * password rules, logins with a stored lock, and the claim status on the profile, end to end over
 * the storage the subclass supplies in {@link #storageUnderTest()}.
 */
public abstract class AccountServiceContract extends ServiceContractSupport {
  private static final String PASSWORD = "correct horse battery";

  private AccountService accounts() {
    return sdk().sdk().accounts();
  }

  @Test
  void accounts_inviteAndClaim_tokenOnlyToTheNotifier_worksOnce() {
    CustomerProfile ada = add("Ada", "Lovelace");
    assertThat(accounts().status(sdk().staff(), ada.id())).isEqualTo(ClaimStatus.NOT_INVITED);
    AccountInvite invite = accounts().invite(sdk().staff(), ada.id());
    assertThat(invite.sentTo()).isEqualTo("ada.lovelace@example.com");
    assertThat(invite.expiresAt()).isEqualTo(sdk().clock().instant().plus(Duration.ofDays(7)));
    AccountMessage message = sdk().notifier().messages().get(0);
    assertThat(message.email()).isEqualTo("ada.lovelace@example.com");
    assertThat(message.token()).hasSizeGreaterThanOrEqualTo(43);
    assertThat(message.toString()).doesNotContain(message.token());
    assertThat(invite.toString()).doesNotContain(message.token());
    assertThat(accounts().status(self(ada), ada.id())).isEqualTo(ClaimStatus.INVITED);

    ClaimedAccount claimed = accounts().claim(sdk().organization().id(), message.token(), PASSWORD);
    assertThat(claimed.customerId()).isEqualTo(ada.id());
    assertThat(claimed.personId()).isEqualTo(ada.person().id());
    assertThat(accounts().status(sdk().staff(), ada.id())).isEqualTo(ClaimStatus.CLAIMED);
    assertThat(sdk().sdk().profiles().view(sdk().staff(), ada.id()).account())
        .isEqualTo(ClaimStatus.CLAIMED);
    assertThatThrownBy(
            () -> accounts().claim(sdk().organization().id(), message.token(), PASSWORD + "!"))
        .isInstanceOf(InvalidStateException.class);
    assertThatThrownBy(() -> accounts().invite(sdk().staff(), ada.id()))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("claimed");
    assertThat(
            sdk().sdk().audit().forCustomer(sdk().admin(), ada.id(), PageRequest.first(20)).items())
        .extracting(AuditEntry::action)
        .contains("account.invited", "account.claimed")
        .allSatisfy(action -> assertThat(action).doesNotContain(message.token()));
  }

  @Test
  void accounts_resendReplaces_revokeStops_expiryByTheClock() {
    CustomerProfile ada = add("Ada", "Lovelace");
    accounts().invite(sdk().staff(), ada.id());
    String first = sdk().notifier().lastToken();
    assertThatThrownBy(() -> accounts().invite(sdk().staff(), ada.id()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("resend");
    accounts().resend(sdk().staff(), ada.id());
    String second = sdk().notifier().lastToken();
    assertThat(second).isNotEqualTo(first);
    assertThatThrownBy(() -> accounts().claim(sdk().organization().id(), first, PASSWORD))
        .isInstanceOf(InvalidStateException.class);

    accounts().revoke(sdk().staff(), ada.id());
    assertThat(accounts().status(sdk().staff(), ada.id())).isEqualTo(ClaimStatus.NOT_INVITED);
    assertThatThrownBy(() -> accounts().claim(sdk().organization().id(), second, PASSWORD))
        .isInstanceOf(InvalidStateException.class);
    assertThatThrownBy(() -> accounts().revoke(sdk().staff(), ada.id()))
        .isInstanceOf(InvalidStateException.class);

    accounts().invite(sdk().staff(), ada.id());
    String third = sdk().notifier().lastToken();
    sdk().clock().advance(Duration.ofDays(7));
    assertThat(accounts().status(sdk().staff(), ada.id())).isEqualTo(ClaimStatus.EXPIRED);
    assertThatThrownBy(() -> accounts().claim(sdk().organization().id(), third, PASSWORD))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("expired");
    accounts().invite(sdk().staff(), ada.id());
    assertThat(accounts().status(sdk().staff(), ada.id())).isEqualTo(ClaimStatus.INVITED);
    assertThat(
            accounts()
                .claim(sdk().organization().id(), sdk().notifier().lastToken(), PASSWORD)
                .customerId())
        .isEqualTo(ada.id());
  }

  @Test
  void accounts_tokenIsBoundToItsOrganization_andJunkIsRefused() {
    CustomerProfile ada = add("Ada", "Lovelace");
    accounts().invite(sdk().staff(), ada.id());
    String token = sdk().notifier().lastToken();
    var other = sdk().newOrganization("Other studio");
    assertThatThrownBy(() -> accounts().claim(other.id(), token, PASSWORD))
        .isInstanceOf(InvalidStateException.class);
    for (String junk : new String[] {"", "x", token + "x", "a".repeat(10_000), "' or 1=1 --"}) {
      assertThatThrownBy(() -> accounts().claim(sdk().organization().id(), junk, PASSWORD))
          .as(junk.length() > 20 ? junk.substring(0, 20) : junk)
          .isInstanceOf(InvalidStateException.class);
    }
    assertThat(accounts().status(sdk().staff(), ada.id())).isEqualTo(ClaimStatus.INVITED);
  }

  @Test
  void accounts_passwordRules_nameThePassword_andNeverEchoIt() {
    CustomerProfile ada = add("Ada", "Lovelace");
    accounts().invite(sdk().staff(), ada.id());
    String token = sdk().notifier().lastToken();
    for (String bad : new String[] {"short", "password123", "Qwertyuiop", "x".repeat(300)}) {
      assertThatThrownBy(() -> accounts().claim(sdk().organization().id(), token, bad))
          .as(bad)
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.errors()).extracting(f -> f.field()).containsExactly("password");
                assertThat(e.getMessage()).doesNotContain(bad);
              });
    }
    assertThat(accounts().status(sdk().staff(), ada.id())).isEqualTo(ClaimStatus.INVITED);
  }

  @Test
  void accounts_invite_needsStaffAnEmailAndANotifiedCustomer() {
    CustomerProfile ada = add("Ada", "Lovelace");
    CustomerProfile guest = sdk().roster().add(sdk().staff(), CustomerDetails.of("Kit", "Stone"));
    assertThatThrownBy(() -> accounts().invite(self(ada), ada.id()))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> accounts().invite(sdk().staff(), guest.id()))
        .isInstanceOf(InvalidStateException.class)
        .hasMessageContaining("no email");
    assertThatThrownBy(() -> accounts().status(self(guest), ada.id()))
        .isInstanceOf(PermissionDeniedException.class);
    CustomerProfile given =
        sdk()
            .roster()
            .update(
                sdk().staff(),
                guest.id(),
                guest.version(),
                CustomerDetails.of("Kit", "Stone").withEmail("kit@example.com"));
    accounts().invite(sdk().staff(), given.id());
    assertThat(sdk().notifier().messages())
        .extracting(AccountMessage::email)
        .containsExactly("kit@example.com");
  }

  @Test
  void accounts_login_acceptsTheRightPassword_locksAfterRepeatedFailures() {
    CustomerProfile ada = add("Ada", "Lovelace");
    accounts().invite(sdk().staff(), ada.id());
    accounts().claim(sdk().organization().id(), sdk().notifier().lastToken(), PASSWORD);
    var org = sdk().organization().id();
    assertThat(accounts().verifyPassword(org, "ADA.Lovelace@example.com", PASSWORD))
        .isInstanceOfSatisfying(
            LoginResult.Accepted.class,
            a -> assertThat(a.account().personId()).isEqualTo(ada.person().id()));
    assertThat(accounts().verifyPassword(org, "nobody@example.com", PASSWORD))
        .isInstanceOf(LoginResult.Refused.class);
    assertThat(accounts().verifyPassword(org, "not an email", PASSWORD))
        .isInstanceOf(LoginResult.Refused.class);
    for (int i = 0; i < 4; i++) {
      assertThat(accounts().verifyPassword(org, "ada.lovelace@example.com", "wrong password " + i))
          .isInstanceOf(LoginResult.Refused.class);
    }
    LoginResult locked =
        accounts().verifyPassword(org, "ada.lovelace@example.com", "wrong password 5");
    assertThat(locked).isInstanceOf(LoginResult.Locked.class);
    assertThat(accounts().verifyPassword(org, "ada.lovelace@example.com", PASSWORD))
        .as("the right password while locked")
        .isInstanceOf(LoginResult.Locked.class);
    sdk().clock().advance(Duration.ofMinutes(16));
    assertThat(accounts().verifyPassword(org, "ada.lovelace@example.com", PASSWORD))
        .isInstanceOf(LoginResult.Accepted.class);
    assertThat(accounts().verifyPassword(org, "ada.lovelace@example.com", "wrong again"))
        .as("the count started over after the success")
        .isInstanceOf(LoginResult.Refused.class);
  }

  @Test
  void accounts_rosterFilter_byClaimStatus_followsTheClock() {
    CustomerProfile ada = add("Ada", "Lovelace");
    CustomerProfile ben = add("Ben", "Adams");
    CustomerProfile cy = add("Cy", "Young");
    CustomerProfile dee = add("Dee", "Ng");
    accounts().invite(sdk().staff(), ben.id());
    accounts().invite(sdk().staff(), cy.id());
    accounts().claim(sdk().organization().id(), sdk().notifier().lastToken(), PASSWORD);
    sdk().clock().advance(Duration.ofDays(6));
    accounts().invite(sdk().staff(), dee.id());
    assertThat(listed(ClaimStatus.NOT_INVITED)).containsExactly(ada.id());
    assertThat(listed(ClaimStatus.INVITED)).containsExactlyInAnyOrder(ben.id(), dee.id());
    assertThat(listed(ClaimStatus.CLAIMED)).containsExactly(cy.id());
    assertThat(listed(ClaimStatus.EXPIRED)).isEmpty();
    sdk().clock().advance(Duration.ofDays(2));
    assertThat(listed(ClaimStatus.EXPIRED)).containsExactly(ben.id());
    assertThat(listed(ClaimStatus.INVITED)).containsExactly(dee.id());
    assertThat(
            sdk()
                .roster()
                .list(
                    sdk().staff(),
                    CustomerQuery.active()
                        .withFilter(
                            CustomerFilter.anyOf(
                                CustomerFilter.account(ClaimStatus.EXPIRED),
                                CustomerFilter.account(ClaimStatus.CLAIMED))))
                .items())
        .extracting(RosterEntry::id)
        .containsExactlyInAnyOrder(ben.id(), cy.id());
  }

  private java.util.List<dev.customers.api.CustomerId> listed(ClaimStatus status) {
    return sdk()
        .roster()
        .list(sdk().staff(), CustomerQuery.active().withFilter(CustomerFilter.account(status)))
        .items()
        .stream()
        .map(RosterEntry::id)
        .toList();
  }

  @Test
  void accounts_aDependantWhoGrewUp_getsAnEmail_claims_andKeepsLinksAndHistory() {
    CustomerProfile mum = add("Mia", "Stone");
    java.time.LocalDate today =
        java.time.LocalDate.ofInstant(sdk().clock().instant(), sdk().organization().timeZone());
    CustomerProfile teen =
        sdk()
            .sdk()
            .family()
            .addDependant(
                sdk().staff(),
                mum.id(),
                CustomerDetails.of("Tea", "Stone").withBirthday(today.minusYears(18)),
                dev.customers.api.family.Relationship.PARENT,
                java.util.Set.of(dev.customers.api.family.GuardianPermission.VIEW_PROFILE));
    assertThat(sdk().sdk().family().family(sdk().staff(), teen.id()).members().get(0))
        .satisfies(m -> assertThat(m.reachedMajority()).isTrue());
    CustomerProfile withEmail =
        sdk()
            .roster()
            .update(
                sdk().staff(),
                teen.id(),
                teen.version(),
                teen.details().withEmail("tea.stone@example.com"));
    accounts().invite(sdk().staff(), withEmail.id());
    ClaimedAccount claimed =
        accounts().claim(sdk().organization().id(), sdk().notifier().lastToken(), PASSWORD);
    assertThat(claimed.customerId()).isEqualTo(teen.id());
    assertThat(sdk().sdk().family().dependants(sdk().staff(), mum.id()))
        .extracting(d -> d.member().customer().id())
        .containsExactly(teen.id());
    assertThat(
            sdk()
                .sdk()
                .audit()
                .forCustomer(sdk().admin(), teen.id(), PageRequest.first(20))
                .items())
        .extracting(AuditEntry::action)
        .contains("customer.created", "guardian.linked", "customer.updated", "account.claimed");
  }

  @Test
  void accounts_guardian_seesTheStatusOfTheirDependantOnly() {
    CustomerProfile mum = add("Mia", "Stone");
    CustomerProfile kit =
        sdk()
            .sdk()
            .family()
            .addDependant(
                sdk().staff(),
                mum.id(),
                CustomerDetails.of("Kit", "Stone"),
                dev.customers.api.family.Relationship.PARENT,
                java.util.Set.of(dev.customers.api.family.GuardianPermission.VIEW_PROFILE));
    Caller mumForKit =
        Caller.of(sdk().organization().id(), Actor.guardian(mum.person().id(), kit.person().id()));
    assertThat(accounts().status(mumForKit, kit.id())).isEqualTo(ClaimStatus.NOT_INVITED);
    assertThatThrownBy(() -> accounts().status(mumForKit, mum.id()))
        .isInstanceOf(PermissionDeniedException.class);
  }
}
