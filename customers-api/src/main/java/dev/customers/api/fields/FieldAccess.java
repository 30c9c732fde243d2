package dev.customers.api.fields;

import static java.util.Objects.requireNonNull;

import dev.customers.api.StaffRole;
import dev.customers.api.ValidationException;

/**
 * Who may see and change a field's values: staff from a minimum role up, and whether the customer
 * (and a guardian acting for a dependant) may view or edit them. The system actor may do both.
 */
public record FieldAccess(
    StaffRole staffView, StaffRole staffEdit, boolean customerView, boolean customerEdit) {
  /**
   * Checks the components.
   *
   * @param customerEdit whether the customer may change the values
   * @param customerView whether the customer sees the values
   * @param staffEdit the least staff role that changes the values
   * @param staffView the least staff role that sees the values
   */
  public FieldAccess {
    requireNonNull(staffView, "staffView");
    requireNonNull(staffEdit, "staffEdit");
    if (!staffEdit.atLeast(staffView)) {
      throw ValidationException.of(
          "access.staffEdit",
          staffEdit.name(),
          "must be at least the viewing role "
              + staffView
              + ": a role that may edit must be able to see");
    }
    if (customerEdit && !customerView) {
      throw ValidationException.of(
          "access.customerEdit",
          "true",
          "needs customerView: a customer cannot edit what they cannot see");
    }
  }

  /**
   * All staff may view and edit; the customer may neither.
   *
   * @return the access rules
   */
  public static FieldAccess staffOnly() {
    return new FieldAccess(StaffRole.STAFF, StaffRole.STAFF, false, false);
  }

  /**
   * All staff may view and edit; the customer may view.
   *
   * @return the access rules
   */
  public static FieldAccess customerVisible() {
    return new FieldAccess(StaffRole.STAFF, StaffRole.STAFF, true, false);
  }

  /**
   * All staff and the customer may view and edit.
   *
   * @return the access rules
   */
  public static FieldAccess customerEditable() {
    return new FieldAccess(StaffRole.STAFF, StaffRole.STAFF, true, true);
  }

  /**
   * Only staff from {@code role} up may view and edit.
   *
   * @param role the staff role
   * @return the access rules
   */
  public static FieldAccess restrictedTo(StaffRole role) {
    return new FieldAccess(role, role, false, false);
  }
}
