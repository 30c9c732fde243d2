package dev.customers.core.internal;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.PersonId;
import dev.customers.api.StaffRole;
import dev.customers.api.spi.StoreSession;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The roster's permission rules: who may act on the roster and on a customer's own account.
 * Guardians act only through a guardian link; until a family store is installed no link exists, so
 * they are refused. Part of the {@link AccessPolicy}; rules that need stored data read it from the
 * session of the call being checked.
 */
@Singleton
final class RosterAccessRules {
  @Inject
  RosterAccessRules() {}

  /** Staff with at least {@code minimum}, or the system. */
  void requireStaff(Caller caller, StoreSession session, StaffRole minimum, String action) {
    if (isStaff(caller.actor(), minimum)) {
      return;
    }
    throw denied(caller.actor(), action);
  }

  /** Staff with at least {@code minimum}, the system, or the person themself. */
  void requireStaffOrSelf(
      Caller caller, StoreSession session, StaffRole minimum, PersonId person, String action) {
    Actor actor = caller.actor();
    if (isStaff(actor, minimum)
        || (actor instanceof Actor.Self self && self.personId().equals(person))) {
      return;
    }
    throw denied(actor, action);
  }

  /**
   * Anyone acting within the organization: staff, the system, or a customer for themself. A
   * guardian is refused until a family link lets them act.
   */
  void requireMember(Caller caller, StoreSession session, String action) {
    if (caller.actor() instanceof Actor.Guardian) {
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
      why = "no guardian link lets " + guardian.guardian() + " act for " + guardian.dependant();
    } else {
      why = "a customer may only act on their own account";
    }
    return new PermissionDeniedException(
        actor.describe() + " may not " + action + " (" + why + ")");
  }
}
