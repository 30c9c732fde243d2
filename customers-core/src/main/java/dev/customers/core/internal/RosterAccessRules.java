package dev.customers.core.internal;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.PersonId;
import dev.customers.api.StaffRole;
import dev.customers.api.family.GuardianPermission;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The roster's permission rules: who may act on the roster and on a customer's own account.
 * Guardians act only through a guardian link that allows what they ask ({@link GuardianGrant}).
 * Part of the {@link AccessPolicy}; rules that need stored data read it from the session of the
 * call being checked.
 */
@Singleton
final class RosterAccessRules {
  @Inject
  RosterAccessRules() {}

  /** Staff with at least {@code minimum}, or the system. */
  void requireStaff(Caller caller, StaffRole minimum, String action) {
    if (isStaff(caller.actor(), minimum)) {
      return;
    }
    throw denied(caller.actor(), action);
  }

  /**
   * Staff with at least {@code minimum}, the system, the person themself, or their guardian with
   * {@code guardianNeeds}.
   */
  void requireAccount(
      Caller caller,
      GuardianGrant grant,
      StaffRole minimum,
      PersonId person,
      GuardianPermission guardianNeeds,
      String action) {
    Actor actor = caller.actor();
    if (isStaff(actor, minimum)
        || (actor instanceof Actor.Self self && self.personId().equals(person))
        || grant.allows(person, guardianNeeds)) {
      return;
    }
    if (actor instanceof Actor.Guardian guardian) {
      String why;
      if (!guardian.dependant().equals(person)) {
        why = "a guardian acts only on the account of the dependant they act for";
      } else if (grant.linked()) {
        why = "the guardian link does not allow " + guardianNeeds;
      } else {
        why = "there is no guardian link from " + guardian.guardian() + " to " + person;
      }
      throw new PermissionDeniedException(
          actor.describe() + " may not " + action + " (" + why + ")");
    }
    throw denied(actor, action);
  }

  /**
   * Anyone acting within the organization: staff, the system, a customer for themself, or a
   * guardian with a link to the dependant they act for.
   */
  void requireMember(Caller caller, GuardianGrant grant, String action) {
    if (caller.actor() instanceof Actor.Guardian && !grant.linked()) {
      throw denied(caller.actor(), action);
    }
  }

  boolean isStaff(Actor actor, StaffRole minimum) {
    return actor instanceof Actor.SystemActor
        || (actor instanceof Actor.Staff staff && staff.role().atLeast(minimum));
  }

  private static PermissionDeniedException denied(Actor actor, String action) {
    String why;
    if (actor instanceof Actor.Staff staff) {
      why = "role " + staff.role() + " is not enough";
    } else if (actor instanceof Actor.Guardian guardian) {
      why =
          "no guardian link lets "
              + guardian.guardian()
              + " do this for "
              + guardian.dependant()
              + " (a guardian acts only for their own dependant, within the link's permissions)";
    } else {
      why = "a customer may only act on their own account";
    }
    return new PermissionDeniedException(
        actor.describe() + " may not " + action + " (" + why + ")");
  }
}
