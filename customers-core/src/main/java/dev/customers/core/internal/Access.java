package dev.customers.core.internal;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.PermissionDeniedException;
import dev.customers.api.PersonId;
import dev.customers.api.StaffRole;

/**
 * The permission rules of the roster in one place. Guardians act only through a guardian link;
 * until a family store is installed no link exists, so they are refused.
 */
public final class Access {
  private Access() {}

  /** Staff with at least {@code minimum}, or the system. */
  public static void requireStaff(Caller caller, StaffRole minimum, String action) {
    if (isStaff(caller.actor(), minimum)) {
      return;
    }
    throw denied(caller.actor(), action);
  }

  /** Staff with at least {@code minimum}, the system, or the person themself. */
  public static void requireStaffOrSelf(Caller caller, StaffRole minimum, PersonId person, String action) {
    Actor actor = caller.actor();
    if (isStaff(actor, minimum) || (actor instanceof Actor.Self self && self.personId().equals(person))) {
      return;
    }
    throw denied(actor, action);
  }

  /**
   * Anyone acting within the organization: staff, the system, or a customer for themself. A
   * guardian is refused until a family link lets them act.
   */
  public static void requireMember(Caller caller, String action) {
    if (caller.actor() instanceof Actor.Guardian) {
      throw denied(caller.actor(), action);
    }
  }

  public static boolean isStaff(Actor actor, StaffRole minimum) {
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
    return new PermissionDeniedException(actor.describe() + " may not " + action + " (" + why + ")");
  }
}
