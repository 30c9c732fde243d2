package dev.customers.core.internal;

import dev.customers.api.CustomerId;
import dev.customers.api.PersonId;
import dev.customers.api.StaffRole;
import dev.customers.api.family.GuardianPermission;
import dev.customers.api.fields.FieldDefinition;
import java.util.UUID;

/**
 * Who may do what with forms: admins publish; anyone acting in the organization reads a form (forms
 * are shown to customers); staff or the system send sign-ups (they add customers); an intake or
 * waiver is sent by staff, the customer, or a guardian who may edit the dependant's profile; and
 * its stored answers are read as the profile is, without the fields the reader may not view.
 */
public final class FormAccessRules {
  /**
   * The owner named when a sign-up's fields are checked: a person not yet on the roster, whom no
   * customer or guardian is, so only staff and the system may answer for them.
   */
  public static final PersonId NEW_PERSON = PersonId.of(new UUID(0, 0));

  private FormAccessRules() {}

  /** Admins and owners publish forms. */
  public static void requirePublish(Permissions permissions) {
    permissions.requireStaff(StaffRole.ADMIN, "publish forms");
  }

  /** Anyone acting in the organization reads its forms. */
  public static void requireRead(Permissions permissions) {
    permissions.requireMember("read forms");
  }

  /** Staff and the system send sign-ups: a sign-up adds customers. */
  public static void requireSignUp(Permissions permissions, String formKey) {
    permissions.requireStaff(
        StaffRole.STAFF,
        "send sign-up form "
            + formKey
            + " (a sign-up adds customers: staff send it, or the system for a public page)");
  }

  /** Staff, the customer, or a guardian who may edit the dependant's profile send an intake. */
  public static void requireSubmit(Permissions permissions, PersonId person, CustomerId customer) {
    permissions.requireAccount(
        StaffRole.STAFF,
        person,
        GuardianPermission.EDIT_PROFILE,
        "submit a form for customer " + customer);
  }

  /** Stored answers are read by whoever may read the profile. */
  public static void requireSubmissions(
      Permissions permissions, PersonId person, CustomerId customer) {
    permissions.requireAccount(
        StaffRole.STAFF,
        person,
        GuardianPermission.VIEW_PROFILE,
        "read the form submissions of customer " + customer);
  }

  /** Whether the caller may answer the field for the person (a sign-up: {@link #NEW_PERSON}). */
  public static boolean mayAnswer(Permissions permissions, FieldDefinition field, PersonId owner) {
    return permissions.canEdit(field, owner);
  }

  /** Whether the caller sees the field's stored answer on the person. */
  public static boolean maySee(Permissions permissions, FieldDefinition field, PersonId owner) {
    return permissions.canView(field, owner);
  }
}
