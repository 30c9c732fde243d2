package dev.customers.api.forms;

/** A person's detail a form can ask for, named in answers and JSON as {@link #jsonName()}. */
public enum PersonDetail {
  /** The first name (a sign-up form must ask for it, required). */
  FIRST_NAME("firstName"),
  /** The last name. */
  LAST_NAME("lastName"),
  /** The email address (never asked of a dependant: a guest account has none). */
  EMAIL("email"),
  /** The phone number. */
  PHONE("phone"),
  /** The birthday, written {@code 2016-04-30}. */
  BIRTHDAY("birthday");

  private final String jsonName;

  PersonDetail(String jsonName) {
    this.jsonName = jsonName;
  }

  /**
   * The answer's name: in JSON, in the JSON Schema and in validation errors.
   *
   * @return the answer's name, such as {@code firstName}
   */
  public String jsonName() {
    return jsonName;
  }

  /**
   * The detail answered under {@code name}, if any.
   *
   * @param name an answer's name, such as {@code firstName}
   * @return the detail, or null when no detail has that name
   */
  public static @org.jspecify.annotations.Nullable PersonDetail byJsonName(String name) {
    for (PersonDetail detail : values()) {
      if (detail.jsonName.equals(name)) {
        return detail;
      }
    }
    return null;
  }
}
