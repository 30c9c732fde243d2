package dev.customers.api.fields;

/** Whose value a field holds. */
public enum FieldScope {
  /** The person's own: it travels with the person, kept by person id. */
  PERSON,
  /** This organization's data about the customer, kept by customer id. */
  ROSTER
}
