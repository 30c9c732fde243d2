package dev.customers.api;

import static java.util.Objects.requireNonNull;

/** The entity a call names does not exist in the caller's organization. */
public final class NotFoundException extends CustomersException {
  private static final long serialVersionUID = 1L;

  private final String entity;
  private final String id;

  public NotFoundException(String entity, Object id) {
    super(requireNonNull(entity, "entity") + " " + id + " was not found");
    this.entity = entity;
    this.id = String.valueOf(id);
  }

  /** The kind of entity, such as {@code customer} or {@code organization}. */
  public String entity() {
    return entity;
  }

  public String id() {
    return id;
  }
}
