package dev.customers.api.fields;

/** The kind of value a custom field holds; values are checked against it when set. */
public enum FieldType {
  /** One line of text, up to 255 characters. */
  TEXT,
  /** Free text over several lines, up to 10,000 characters. */
  TEXTAREA,
  /** A whole number. */
  NUMBER,
  /** A decimal number, up to 20 digits before the point and 6 after. */
  DECIMAL,
  /** A calendar date, written {@code 2026-03-02}. */
  DATE,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** One of the definition's choices. */
  SINGLE_CHOICE,
  /** Any number of the definition's choices, each at most once. */
  MULTIPLE_CHOICE,
  /** An email address. */
  EMAIL,
  /** A phone number: digits with optional {@code +}, spaces, dots, dashes and brackets. */
  PHONE,
  /** An absolute http or https URL. */
  URL;

  /**
   * True for the two types whose definitions carry a list of choices.
   *
   * @return true for the two types whose definitions carry a list of choices
   */
  public boolean hasChoices() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
  }

  /**
   * True when values are compared as numbers (by filters).
   *
   * @return true when values are compared as numbers (by filters)
   */
  public boolean isNumeric() {
    return this == NUMBER || this == DECIMAL;
  }
}
