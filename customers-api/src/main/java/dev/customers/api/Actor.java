package dev.customers.api;

import static java.util.Objects.requireNonNull;

/**
 * Who is making a call: staff with a role, the customer themself, a guardian for a dependant, or
 * the system.
 */
public sealed interface Actor permits Actor.Staff, Actor.Self, Actor.Guardian, Actor.SystemActor {

  /**
   * A short, stable description for audit entries and events, such as {@code staff:alice(ADMIN)}.
   *
   * @return a short, stable description for audit entries and events, such as {@code
   *     staff:alice(ADMIN)}
   */
  String describe();

  /**
   * Who this is, without their role: {@code staff:alice}, {@code self:<person>}. Authorship (of a
   * note, say) is recorded by key, so a staff member's promotion keeps their notes theirs.
   *
   * @return who this is, without their role: {@code staff:alice}, {@code self:<person>}
   */
  String key();

  /**
   * A member of staff with a role.
   *
   * @param role the staff role
   * @param userId the staff member's id in the host
   * @return a member of staff with a role
   */
  static Staff staff(String userId, StaffRole role) {
    return new Staff(userId, role);
  }

  /**
   * The customer acting on their own account.
   *
   * @param personId the person
   * @return the customer acting on their own account
   */
  static Self self(PersonId personId) {
    return new Self(personId);
  }

  /**
   * A guardian acting for a dependant.
   *
   * @param dependant the dependant's person
   * @param guardian the guardian's person
   * @return a guardian acting for a dependant
   */
  static Guardian guardian(PersonId guardian, PersonId dependant) {
    return new Guardian(guardian, dependant);
  }

  /**
   * The system itself (an import, a scheduled job), named by its component.
   *
   * @param component the part of the system acting
   * @return the system itself (an import, a scheduled job), named by its component
   */
  static SystemActor system(String component) {
    return new SystemActor(component);
  }

  /** A member of the organization's staff, identified by the host's own user id. */
  record Staff(String userId, StaffRole role) implements Actor {
    /**
     * Checks the components.
     *
     * @param role the staff role
     * @param userId the staff member's id in the host
     */
    public Staff {
      requireNonNull(userId, "userId");
      requireNonNull(role, "role");
      if (userId.isBlank()) {
        throw new IllegalArgumentException("userId must not be blank");
      }
    }

    @Override
    public String describe() {
      return "staff:" + userId + "(" + role + ")";
    }

    @Override
    public String key() {
      return "staff:" + userId;
    }
  }

  /** The customer acting on their own account. */
  record Self(PersonId personId) implements Actor {
    /**
     * Checks the components.
     *
     * @param personId the person
     */
    public Self {
      requireNonNull(personId, "personId");
    }

    @Override
    public String describe() {
      return "self:" + personId;
    }

    @Override
    public String key() {
      return describe();
    }
  }

  /** A guardian acting on behalf of a dependant. */
  record Guardian(PersonId guardian, PersonId dependant) implements Actor {
    /**
     * Checks the components.
     *
     * @param dependant the dependant's person
     * @param guardian the guardian's person
     */
    public Guardian {
      requireNonNull(guardian, "guardian");
      requireNonNull(dependant, "dependant");
    }

    @Override
    public String describe() {
      return "guardian:" + guardian + "->" + dependant;
    }

    @Override
    public String key() {
      return "guardian:" + guardian;
    }
  }

  /** The host or the SDK itself acting without a person (an import job, a scheduled task). */
  record SystemActor(String component) implements Actor {
    /**
     * Checks the components.
     *
     * @param component the part of the system acting
     */
    public SystemActor {
      requireNonNull(component, "component");
      if (component.isBlank()) {
        throw new IllegalArgumentException("component must not be blank");
      }
    }

    @Override
    public String describe() {
      return "system:" + component;
    }

    @Override
    public String key() {
      return describe();
    }
  }
}
