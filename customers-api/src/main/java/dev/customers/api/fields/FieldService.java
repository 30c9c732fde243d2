package dev.customers.api.fields;

import dev.customers.api.Caller;
import dev.customers.api.CustomerId;
import dev.customers.api.FieldId;
import java.util.List;

/**
 * Custom fields of the caller's organization: definitions (owners and admins), and values on
 * customers. Every read leaves out fields the caller may not view; every write to a field the
 * caller may not edit is refused with permission denied and changes nothing.
 */
public interface FieldService {

  /**
   * Defines a field at the end of the display order. A key already in use is a DUPLICATE conflict.
   *
   * @param caller who is calling, and in which organization
   * @param spec what the caller defines
   * @return the field definition
   */
  FieldDefinition define(Caller caller, FieldSpec spec);

  /**
   * Changes a definition if {@code expectedVersion} is current. The key, type and scope are fixed;
   * choices may be added and reworded, and removing one that a customer holds is refused.
   *
   * @param caller who is calling, and in which organization
   * @param expectedVersion the version the caller read; another stored version is a conflict
   * @param id the id
   * @param spec what the caller defines
   * @return the field definition
   */
  FieldDefinition update(Caller caller, FieldId id, long expectedVersion, FieldSpec spec);

  /**
   * Hides the field from forms and profiles; its values are kept.
   *
   * @param caller who is calling, and in which organization
   * @param id the id
   * @return the field definition
   */
  FieldDefinition archive(Caller caller, FieldId id);

  /**
   * Brings an archived field back, with the values it kept.
   *
   * @param caller who is calling, and in which organization
   * @param id the id
   * @return the field definition
   */
  FieldDefinition unarchive(Caller caller, FieldId id);

  /**
   * Puts the fields the caller can see in {@code order} (what a drag and drop sends: every active
   * field the caller can see, each once). Fields the caller cannot see, and archived ones, keep
   * their places.
   *
   * @param caller who is calling, and in which organization
   * @param order the fields in their new order
   * @return the visible active definitions in their new order
   */
  List<FieldDefinition> reorder(Caller caller, List<FieldId> order);

  /**
   * Definitions the caller may view, in display order; archived ones only when asked for.
   *
   * @param caller who is calling, and in which organization
   * @param includeArchived whether archived fields are included
   * @return the definitions, in display order
   */
  List<FieldDefinition> definitions(Caller caller, boolean includeArchived);

  /**
   * The customer's values of active fields the caller may view, in display order.
   *
   * @param caller who is calling, and in which organization
   * @param customerId the customer
   * @return the customer's values of active fields the caller may view, in display order
   */
  List<FieldValue> values(Caller caller, CustomerId customerId);

  /**
   * Sets a form's worth of values: every value is checked (type, choices, required, write-once, the
   * caller's edit rights) and either all are stored or, on any error, none; a validation error
   * lists every bad field and value. Returns the customer's values after the call.
   *
   * @param caller who is calling, and in which organization
   * @param customerId the customer
   * @param values the values
   * @return the customer's values the caller may view, in display order
   */
  List<FieldValue> setValues(Caller caller, CustomerId customerId, FieldValues values);
}
