package dev.customers.api;

import static java.util.Objects.requireNonNull;

/** The entity a call names does not exist in the caller's organization. */
public final class NotFoundException extends CustomersException {
  private static final long serialVersionUID = 1L;

  private final String entity;
  private final String id;

  /**
   * The entity of this kind with this id does not exist in the caller's organization.
   *
   * @param entity the kind of entity, such as customer
   * @param id the id
   */
  public NotFoundException(String entity, Object id) {
    super(requireNonNull(entity, "entity") + " " + id + " was not found");
    this.entity = entity;
    this.id = String.valueOf(id);
  }

  /**
   * The kind of entity, such as {@code customer} or {@code organization}.
   *
   * @return the kind of entity, such as {@code customer} or {@code organization}
   */
  public String entity() {
    return entity;
  }

  /**
   * The id that was not found, as text.
   *
   * @return the id that was not found, as text
   */
  public String id() {
    return id;
  }
}
