package dev.customers.core.family;

import static java.util.Objects.requireNonNull;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.FieldError;
import dev.customers.api.NotFoundException;
import dev.customers.api.StaffRole;
import dev.customers.api.ValidationException;
import dev.customers.api.family.Dependant;
import dev.customers.api.family.Family;
import dev.customers.api.family.FamilyService;
import dev.customers.api.family.GuardianLink;
import dev.customers.api.family.GuardianPermission;
import dev.customers.api.family.LinkChange;
import dev.customers.api.family.Relationship;
import dev.customers.api.roster.CustomerDetails;
import dev.customers.api.roster.CustomerProfile;
import dev.customers.api.roster.RosterEntry;
import dev.customers.core.internal.Arguments;
import dev.customers.core.internal.Lookups;
import dev.customers.core.internal.Transactions;
import dev.customers.core.internal.Work;
import dev.customers.core.roster.RosterWrites;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Guardian links, guest accounts and the family view. Link writes lock the organization's links
 * ({@link dev.customers.api.spi.FamilyStore#lockLinks}) before checking for a cycle, so two links
 * written at once cannot close one.
 */
final class DefaultFamilyService implements FamilyService {
  private static final int MIN_AGE_OF_MAJORITY = 1;
  private static final int MAX_AGE_OF_MAJORITY = 120;

  private final Transactions transactions;

  @Inject
  DefaultFamilyService(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public GuardianLink link(
      Caller caller,
      CustomerId guardian,
      CustomerId dependant,
      Relationship relationship,
      Set<GuardianPermission> permissions) {
    Set<GuardianPermission> granted = checked(guardian, dependant, relationship, permissions);
    return transactions.write(
        caller,
        work -> {
          work.permissions().requireStaff(StaffRole.STAFF, "link guardians");
          return FamilyWrites.link(work, guardian, dependant, relationship, granted);
        });
  }

  @Override
  public GuardianLink changeLink(
      Caller caller,
      CustomerId guardian,
      CustomerId dependant,
      Relationship relationship,
      Set<GuardianPermission> permissions) {
    Set<GuardianPermission> granted = checked(guardian, dependant, relationship, permissions);
    return transactions.write(
        caller,
        work -> {
          work.permissions().requireStaff(StaffRole.STAFF, "change guardian links");
          RosterEntry g = Lookups.customer(work.session(), work.organization().id(), guardian);
          RosterEntry d = Lookups.customer(work.session(), work.organization().id(), dependant);
          work.session().family().lockLinks(work.organization().id());
          GuardianLink before = existing(work, g, d);
          GuardianLink after = before.with(relationship, granted, work.now());
          if (after.relationship() == before.relationship()
              && after.permissions().equals(before.permissions())) {
            return before;
          }
          work.session().family().update(after);
          FamilyWrites.record(work, g, d, LinkChange.CHANGED, before, after);
          return after;
        });
  }

  @Override
  public void unlink(Caller caller, CustomerId guardian, CustomerId dependant) {
    requireNonNull(guardian, "guardian");
    requireNonNull(dependant, "dependant");
    transactions.run(
        caller,
        work -> {
          RosterEntry g = Lookups.customer(work.session(), work.organization().id(), guardian);
          RosterEntry d = Lookups.customer(work.session(), work.organization().id(), dependant);
          if (!isPerson(work.caller(), g)) {
            work.permissions().requireStaff(StaffRole.STAFF, "remove guardian links");
          }
          work.session().family().lockLinks(work.organization().id());
          GuardianLink before = existing(work, g, d);
          work.session()
              .family()
              .delete(work.organization().id(), before.guardian(), before.dependant());
          FamilyWrites.record(work, g, d, LinkChange.UNLINKED, before, null);
        });
  }

  @Override
  public CustomerProfile addDependant(
      Caller caller,
      CustomerId guardian,
      CustomerDetails details,
      Relationship relationship,
      Set<GuardianPermission> permissions) {
    requireNonNull(details, "details");
    Set<GuardianPermission> granted = checked(guardian, guardian, relationship, permissions);
    List<FieldError> errors = new ArrayList<>();
    if (details.email() != null) {
      errors.add(
          new FieldError(
              "email",
              details.email(),
              "a guest account has no email: add the dependant without one and give them an"
                  + " email later, or add them as a customer and link them"));
    }
    if (details.username() != null) {
      errors.add(new FieldError("username", details.username(), "a guest account has no username"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return transactions.write(
        caller,
        work -> {
          RosterEntry g = Lookups.customer(work.session(), work.organization().id(), guardian);
          if (!isPerson(work.caller(), g)) {
            work.permissions().requireStaff(StaffRole.STAFF, "add dependants for " + guardian);
          }
          CustomerProfile added = RosterWrites.add(work, details);
          FamilyWrites.link(work, guardian, added.id(), relationship, granted);
          return added;
        });
  }

  @Override
  public List<Dependant> dependants(Caller caller, CustomerId guardian) {
    requireNonNull(guardian, "guardian");
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          RosterEntry g = Lookups.customer(session, organization.id(), guardian);
          if (!isPerson(caller, g)) {
            permissions.requireStaff(StaffRole.STAFF, "list the dependants of " + guardian);
          }
          FamilyViews views = new FamilyViews(session, organization, transactions.now());
          return session.family().dependantsOf(organization.id(), g.person().id()).stream()
              .map(link -> new Dependant(views.member(link.dependant(), Set.of(link)), link))
              .sorted(FamilyViews.BY_NAME.onResultOf(d -> d.member().customer()))
              .toList();
        });
  }

  @Override
  public Family family(Caller caller, CustomerId member) {
    requireNonNull(member, "member");
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          RosterEntry entry = Lookups.customer(session, organization.id(), member);
          FamilyViews views = new FamilyViews(session, organization, transactions.now());
          if (permissions.isStaff(StaffRole.STAFF)) {
            return views.family(
                entry,
                FamilyGraph.around(session.family(), organization.id(), entry.person().id()));
          }
          if (isPerson(caller, entry)) {
            List<GuardianLink> own = new ArrayList<>();
            own.addAll(session.family().guardiansOf(organization.id(), entry.person().id()));
            own.addAll(session.family().dependantsOf(organization.id(), entry.person().id()));
            return views.family(entry, own);
          }
          permissions.requireAccount(
              StaffRole.STAFF,
              entry.person().id(),
              GuardianPermission.VIEW_PROFILE,
              "read the family of customer " + member);
          List<GuardianLink> own =
              caller.actor() instanceof Actor.Guardian guardian
                  ? session
                      .family()
                      .find(organization.id(), guardian.guardian(), guardian.dependant())
                      .stream()
                      .toList()
                  : List.of();
          return views.family(entry, own);
        });
  }

  @Override
  public int ageOfMajority(Caller caller) {
    return transactions.read(
        caller,
        (organization, session, permissions) -> {
          permissions.requireMember("read the age of majority");
          return session.family().ageOfMajority(organization.id()).orElse(DEFAULT_AGE_OF_MAJORITY);
        });
  }

  @Override
  public void setAgeOfMajority(Caller caller, int years) {
    if (years < MIN_AGE_OF_MAJORITY || years > MAX_AGE_OF_MAJORITY) {
      throw ValidationException.of(
          "years",
          Integer.toString(years),
          "must be from " + MIN_AGE_OF_MAJORITY + " to " + MAX_AGE_OF_MAJORITY);
    }
    transactions.run(
        caller,
        work -> {
          work.permissions().requireStaff(StaffRole.ADMIN, "set the age of majority");
          work.session().family().setAgeOfMajority(work.organization().id(), years);
        });
  }

  private static GuardianLink existing(Work work, RosterEntry g, RosterEntry d) {
    return work.session()
        .family()
        .find(work.organization().id(), g.person().id(), d.person().id())
        .orElseThrow(
            () ->
                new NotFoundException(
                    "guardian link", g.id() + " (guardian) to " + d.id() + " (dependant)"));
  }

  /** Whether the caller is the customer's own person acting for themself. */
  private static boolean isPerson(Caller caller, RosterEntry entry) {
    return caller.actor() instanceof Actor.Self self && self.personId().equals(entry.person().id());
  }

  private static Set<GuardianPermission> checked(
      CustomerId guardian,
      CustomerId dependant,
      Relationship relationship,
      Set<GuardianPermission> permissions) {
    requireNonNull(guardian, "guardian");
    requireNonNull(dependant, "dependant");
    requireNonNull(relationship, "relationship");
    List<GuardianPermission> listed = Arguments.noNulls(permissions, "permissions");
    return listed.isEmpty() ? Set.of() : EnumSet.copyOf(listed);
  }
}
