package dev.customers.core.internal;

import static dev.customers.api.family.GuardianPermission.EDIT_PROFILE;
import static dev.customers.api.family.GuardianPermission.VIEW_PROFILE;

import dev.customers.api.Actor;
import dev.customers.api.PersonId;
import dev.customers.api.StaffRole;
import dev.customers.api.fields.FieldAccess;
import dev.customers.api.fields.FieldDefinition;
import dev.customers.api.notes.NoteVisibility;
import dev.customers.api.spi.NoteScope;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who may see and change custom fields and notes: the rules every read, filter and write goes
 * through. The system actor sees and edits everything; a guardian sees and edits what the customer
 * may, on their own dependant, when their link allows viewing or editing the profile. Part of the
 * {@link AccessPolicy}; rules that need stored data read it from the session of the call.
 */
@Singleton
final class ProfileAccessRules {
  @Inject
  ProfileAccessRules() {}

  /**
   * Whether the actor may view the field's values on the customer whose person is {@code owner}
   * (null: any customer).
   */
  boolean canView(
      Actor actor, GuardianGrant grant, FieldDefinition field, @Nullable PersonId owner) {
    FieldAccess access = field.access();
    if (actor instanceof Actor.SystemActor) {
      return true;
    }
    if (actor instanceof Actor.Staff staff) {
      return staff.role().atLeast(access.staffView());
    }
    return access.customerView() && (isSelf(actor, owner) || grant.allows(owner, VIEW_PROFILE));
  }

  /**
   * Whether the actor may set or clear the field's values on the customer whose person is {@code
   * owner}.
   */
  boolean canEdit(Actor actor, GuardianGrant grant, FieldDefinition field, PersonId owner) {
    FieldAccess access = field.access();
    if (actor instanceof Actor.SystemActor) {
      return true;
    }
    if (actor instanceof Actor.Staff staff) {
      return staff.role().atLeast(access.staffEdit());
    }
    return access.customerEdit() && (isSelf(actor, owner) || grant.allows(owner, EDIT_PROFILE));
  }

  /**
   * The notes the actor may read on a customer whose person is {@code owner}. Staff read staff and
   * customer notes (admins and owners also admin notes) and their own author-only notes; the
   * customer reads notes shared with them, and so does a guardian whose link allows viewing the
   * profile.
   */
  NoteScope notes(Actor actor, GuardianGrant grant, PersonId owner) {
    if (actor instanceof Actor.SystemActor) {
      return new NoteScope(EnumSet.allOf(NoteVisibility.class), null);
    }
    if (actor instanceof Actor.Staff staff) {
      Set<NoteVisibility> visible = EnumSet.of(NoteVisibility.STAFF, NoteVisibility.CUSTOMER);
      if (staff.role().atLeast(StaffRole.ADMIN)) {
        visible.add(NoteVisibility.ADMINS);
      }
      return new NoteScope(visible, actor.key());
    }
    if (isSelf(actor, owner) || grant.allows(owner, VIEW_PROFILE)) {
      return new NoteScope(EnumSet.of(NoteVisibility.CUSTOMER), actor.key());
    }
    return new NoteScope(Set.of(), null);
  }

  private static boolean isSelf(Actor actor, @Nullable PersonId owner) {
    return actor instanceof Actor.Self self && self.personId().equals(owner);
  }
}
