package dev.customers.api.export;

/**
 * A column of a roster export that every roster has; a custom field's column is named {@code
 * fields.<key>}.
 */
public enum RosterColumn {
  /** The customer's id. */
  ID("id"),
  /** The first name. */
  FIRST_NAME("firstName"),
  /** The last name. */
  LAST_NAME("lastName"),
  /** The email address. */
  EMAIL("email"),
  /** The phone number. */
  PHONE("phone"),
  /** The birthday, written {@code 2016-04-30}. */
  BIRTHDAY("birthday"),
  /** The username. */
  USERNAME("username"),
  /** ACTIVE or ARCHIVED. */
  STATUS("status"),
  /** The day the customer joined the roster. */
  JOINED_ON("joinedOn"),
  /** The names of the customer's tags, by name. */
  TAGS("tags");

  private final String columnName;

  RosterColumn(String columnName) {
    this.columnName = columnName;
  }

  /**
   * The column's name in a request, a CSV header and a JSON object.
   *
   * @return the column's name, such as {@code firstName}
   */
  public String columnName() {
    return columnName;
  }
}
