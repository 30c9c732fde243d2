package dev.customers.examples;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.Customers;
import dev.customers.api.InvalidStateException;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.accounts.ClaimStatus;
import dev.customers.api.accounts.ClaimedAccount;
import dev.customers.api.accounts.LoginResult;
import dev.customers.api.family.Family;
import dev.customers.api.family.FamilyMember;
import dev.customers.api.family.GuardianPermission;
import dev.customers.api.family.Relationship;
import dev.customers.api.profile.ProfileView;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.EnumSet;

/**
 * The family part of the front desk: a parent adds her son as a guest account, acts for him within
 * her permissions and is refused outside them, staff widen the link and read the family, and the
 * parent is invited to claim her account, claims it and logs in.
 */
final class FamilyDesk {
  private final Customers customers;
  private final ExampleMailer mailer;
  private final PrintStream out;

  FamilyDesk(Customers customers, ExampleMailer mailer, PrintStream out) {
    this.customers = customers;
    this.mailer = mailer;
    this.out = out;
  }

  void run(Caller desk, Caller manager, CustomerProfile stranger, LocalDate today) {
    out.println("-- a family: Mia adds her son Kit, who has no email (a guest account)");
    CustomerProfile mia =
        customers
            .roster()
            .add(desk, CustomerDetails.of("Mia", "Stone").withEmail("mia.stone@example.com"));
    Caller miaHerself = Caller.of(desk.organizationId(), Actor.self(mia.person().id()));
    CustomerProfile kit =
        customers
            .family()
            .addDependant(
                miaHerself,
                mia.id(),
                CustomerDetails.of("Kit", "Stone").withBirthday(today.minusYears(7)),
                Relationship.PARENT,
                EnumSet.of(GuardianPermission.VIEW_PROFILE, GuardianPermission.BOOK));
    out.println("  added " + kit.person().displayName() + ", email " + kit.person().email());

    Caller miaForKit =
        Caller.of(desk.organizationId(), Actor.guardian(mia.person().id(), kit.person().id()));
    ProfileView view = customers.profiles().view(miaForKit, kit.id());
    out.println(
        "  Mia reads Kit's profile: "
            + view.profile().person().displayName()
            + ", "
            + view.fields().size()
            + " field(s) shown to customers, account "
            + view.account());
    try {
      customers
          .roster()
          .update(miaForKit, kit.id(), kit.version(), CustomerDetails.of("Kitty", "Stone"));
    } catch (PermissionDeniedException e) {
      out.println("  denied: " + e.getMessage());
    }
    try {
      customers.profiles().view(miaForKit, stranger.id());
    } catch (PermissionDeniedException e) {
      out.println("  denied: " + e.getMessage());
    }
    customers
        .family()
        .changeLink(
            desk,
            mia.id(),
            kit.id(),
            Relationship.PARENT,
            EnumSet.of(
                GuardianPermission.VIEW_PROFILE,
                GuardianPermission.EDIT_PROFILE,
                GuardianPermission.BOOK));
    CustomerProfile renamed =
        customers
            .roster()
            .update(
                miaForKit,
                kit.id(),
                kit.version(),
                CustomerDetails.of("Kit", "Stone-Lee").withBirthday(today.minusYears(7)));
    out.println("  with EDIT_PROFILE granted, Mia renames him: " + renamed.person().displayName());

    Family family = customers.family().family(desk, kit.id());
    out.println("  Kit's family (age of majority " + family.ageOfMajority() + "):");
    for (FamilyMember member : family.members()) {
      out.println(
          "    "
              + member.customer().displayName()
              + (member.dependant() ? ", dependant" : "")
              + (member.age() == null ? "" : ", age " + member.age())
              + (member.reachedMajority() ? ", has reached the age of majority" : ""));
    }

    out.println("-- Mia is invited to claim her account");
    customers.accounts().invite(desk, mia.id());
    out.println("  status: " + customers.accounts().status(desk, mia.id()));
    String token = mailer.lastToken();
    try {
      customers.accounts().claim(desk.organizationId(), token, "password1");
    } catch (RuntimeException e) {
      out.println("  refused: " + e.getMessage());
    }
    ClaimedAccount account =
        customers.accounts().claim(desk.organizationId(), token, "seven quiet herons");
    out.println(
        "  claimed by person "
            + account.personId()
            + "; status "
            + customers.accounts().status(manager, mia.id()));
    try {
      customers.accounts().claim(desk.organizationId(), token, "seven quiet herons");
    } catch (InvalidStateException e) {
      out.println("  the link again: " + e.getMessage());
    }
    LoginResult good =
        customers
            .accounts()
            .verifyPassword(desk.organizationId(), "Mia.Stone@example.com", "seven quiet herons");
    LoginResult bad =
        customers
            .accounts()
            .verifyPassword(desk.organizationId(), "mia.stone@example.com", "seven loud herons");
    out.println(
        "  login: "
            + good.getClass().getSimpleName()
            + "; with a wrong password: "
            + bad.getClass().getSimpleName());
    if (customers.accounts().status(desk, kit.id()) != ClaimStatus.NOT_INVITED) {
      throw new IllegalStateException("Kit was never invited");
    }
  }
}
