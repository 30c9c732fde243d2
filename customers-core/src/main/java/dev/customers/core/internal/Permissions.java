package dev.customers.core.internal;

import dev.customers.api.Actor;
import dev.customers.api.Caller;
import dev.customers.api.PersonId;
import dev.customers.api.StaffRole;
import dev.customers.api.family.GuardianPermission;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.spi.NoteScope;
import dev.customers.api.spi.StoreSession;
import org.jspecify.annotations.Nullable;

/**
 * What one caller may do within one transaction: the {@link AccessPolicy}'s rules bound to the
 * caller and the call's session. Refusals are {@link dev.customers.api.PermissionDeniedException}s
 * that name the actor, the action and why.
 */
public final class Permissions {
  private final Caller caller;
  private final GuardianGrant grant;
  private final RosterAccessRules roster;
  private final ProfileAccessRules profile;

  Permissions(
      Caller caller, StoreSession session, RosterAccessRules roster, ProfileAccessRules profile) {
    this.caller = caller;
    this.grant = new GuardianGrant(caller, session);
    this.roster = roster;
    this.profile = profile;
  }

  /** The actor the rules are checked for. */
  public Actor actor() {
    return caller.actor();
  }

  /** Staff with at least {@code minimum}, or the system; otherwise permission denied. */
  public void requireStaff(StaffRole minimum, String action) {
    roster.requireStaff(caller, minimum, action);
  }

  /**
   * Staff with at least {@code minimum}, the system, the person themself, or a guardian acting for
   * them whose link allows {@code guardianNeeds}; otherwise denied.
   */
  public void requireAccount(
      StaffRole minimum, PersonId person, GuardianPermission guardianNeeds, String action) {
    roster.requireAccount(caller, grant, minimum, person, guardianNeeds, action);
  }

  /**
   * Anyone acting within the organization: staff, the system, a customer for themself, or a
   * guardian linked to the dependant they act for.
   */
  public void requireMember(String action) {
    roster.requireMember(caller, grant, action);
  }

  /** Whether the actor is staff with at least {@code minimum}, or the system. */
  public boolean isStaff(StaffRole minimum) {
    return roster.isStaff(caller.actor(), minimum);
  }

  /**
   * Whether the actor may view the field's values on the customer whose person is {@code owner}
   * (null: any).
   */
  public boolean canView(FieldDefinition field, @Nullable PersonId owner) {
    return profile.canView(caller.actor(), grant, field, owner);
  }

  /**
   * Whether the actor may set or clear the field's values on the customer whose person is {@code
   * owner}.
   */
  public boolean canEdit(FieldDefinition field, PersonId owner) {
    return profile.canEdit(caller.actor(), grant, field, owner);
  }

  /** The notes the actor may read on a customer whose person is {@code owner}. */
  public NoteScope notes(PersonId owner) {
    return profile.notes(caller.actor(), grant, owner);
  }
}
